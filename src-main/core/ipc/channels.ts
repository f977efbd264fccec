/**
 * Every channel, gathered from the declarations beside their domains. Adding a channel means
 * adding it to its domain's `channels.ts`; the contract, the name list, the schemas the dispatcher
 * checks and the preload's functions all follow from this one object.
 */
import { castChannels } from '../cast/channels';
import { coverChannels } from '../covers/channels';
import { diaryChannels } from '../diary/channels';
import { dramaChannels } from '../dramas/channels';
import { houseFormatChannels } from '../house-format/channels';
import { taskChannels } from '../interactive/channels';
import { listChannels } from '../lists/channels';
import { noteChannels } from '../notes/channels';
import { pictureChannels } from '../pictures/channels';
import { publishChannels } from '../publish/channels';
import { reviewChannels } from '../reviews/channels';
import { searchChannels } from '../search/channels';
import { settingsChannels } from '../settings/channels';
import { siteChannels } from '../site/channels';
import { statsChannels } from '../stats/channels';
import { transferChannels } from '../transfer/channels';
import { trashChannels } from '../trash/channels';

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Puts the domains' declarations into one object; a name declared in two domains is a mistake, refused at start. */
export function gatherChannels<const D extends readonly object[]>(domains: D): Intersection<D[number]> {
  const all: Record<string, unknown> = {};
  for (const domain of domains) {
    for (const [name, channel] of Object.entries(domain)) {
      if (Object.hasOwn(all, name)) throw new Error(`the channel ${name} is declared twice`);
      all[name] = channel;
    }
  }
  return all as Intersection<D[number]>;
}

export const CHANNELS = gatherChannels([
  transferChannels,
  dramaChannels,
  reviewChannels,
  pictureChannels,
  coverChannels,
  noteChannels,
  settingsChannels,
  houseFormatChannels,
  siteChannels,
  publishChannels,
  taskChannels,
  searchChannels,
  castChannels,
  diaryChannels,
  statsChannels,
  listChannels,
  trashChannels,
]);

type ChannelName = keyof typeof CHANNELS;

/** Every channel's name, from the declarations. */
export const CHANNEL_NAMES = Object.freeze(Object.keys(CHANNELS) as ChannelName[]);

const KNOWN = new Set<string>(CHANNEL_NAMES);

export function isChannelName(name: string): name is ChannelName {
  return KNOWN.has(name);
}
