import type { Journal } from '../journal';
import type { ChannelInput, ChannelName, ChannelOutput } from './contract';

export type Handler<C extends ChannelName> = (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };

/** What each channel does, in terms of the journal core. Inputs arrive already validated. */
export function createHandlers(journal: Journal): Handlers {
  const tx = journal.transaction.bind(journal);
  return {
    'journal.info': () => ({ path: journal.path, version: journal.version }),

    'dramas.list': (query) => journal.dramas.list(query),
    'dramas.get': ({ id }) => journal.dramas.get(id),
    'dramas.create': (input) => tx(() => journal.dramas.create(input)),
    'dramas.update': (input) => tx(() => journal.dramas.update(input)),
    'dramas.delete': ({ id }) => tx(() => (journal.dramas.delete(id), null)),
    'dramas.suggestions': () => ({
      platforms: journal.dramas.distinctTokens('platforms'),
      genres: journal.dramas.distinctTokens('genres'),
    }),

    'watch.update': (input) => tx(() => journal.dramas.updateWatch(input)),
    'watch.nextEpisode': ({ id }) => tx(() => journal.dramas.nextEpisode(id)),

    'reviews.save': (input) => tx(() => journal.reviews.save(input)),
    'reviews.delete': ({ id }) => tx(() => (journal.reviews.delete(id), null)),

    'notes.add': (input) => tx(() => journal.notes.add(input)),
    'notes.update': (input) => tx(() => journal.notes.update(input)),
    'notes.delete': ({ id }) => tx(() => (journal.notes.delete(id), null)),

    'settings.get': () => journal.settings.get(),
    'settings.update': (change) => tx(() => journal.settings.update(change)),
  };
}
