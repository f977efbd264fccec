import { TaskRegistry } from '../interactive/tasks';
import type { Journal } from '../journal';
import { runDeclared, type Channel, type ChannelContext } from './channel';
import { CHANNEL_NAMES, CHANNELS } from './channels';
import type { ChannelName, ChannelOutput } from './contract';
import { headlessHost, type Host } from './host';

/** One function per channel, taking the input as it arrived (unchecked) and answering its output. */
export type Handler<C extends ChannelName> = (input: unknown) => Promise<ChannelOutput<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };

/** Every declared channel bound to one journal and host; each checks its input and opens its transaction (`runDeclared`). */
export function createHandlers(journal: Journal, host: Host = headlessHost): Handlers {
  const context: ChannelContext = { journal, host, tasks: new TaskRegistry() };
  return Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [channel, (input: unknown) => runDeclared(CHANNELS[channel] as Channel<unknown, unknown>, input, context)]),
  ) as Handlers;
}
