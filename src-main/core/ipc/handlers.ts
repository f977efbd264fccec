import { importReview, previewImportInto } from '../house-format/import';
import { sqliteProblem, type Journal } from '../journal';
import { castSuggestionsFor } from '../cast/cast-suggestions';
import { journalStats } from '../stats/journal-stats';
import { importTrackerCsv, previewTrackerImport } from '../transfer/tracker-import';
import { addPicture } from '../pictures/add-picture';
import { coverPicture, coverThumbs } from '../covers/cover-pictures';
import { chooseCover, removeCover, setCover } from '../covers/set-cover';
import { chooseReviewFiles, chooseTrackerCsv } from '../interactive/choose-text-files';
import { dumpToChosenFile } from '../interactive/dump-to-chosen-file';
import { exportSiteToChosenFolder } from '../interactive/export-site-to-folder';
import { TaskRegistry } from '../interactive/tasks';
import type { ChannelInput, ChannelName, ChannelOutput } from './contract';
import { headlessHost, type Host } from './host';

export type Handler<C extends ChannelName> = (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };

/** What each channel does, in terms of the journal core. Inputs arrive already validated. */
export function createHandlers(journal: Journal, host: Host = headlessHost): Handlers {
  const tx = journal.transaction.bind(journal);
  const tasks = new TaskRegistry();
  return explainingSqlite(journal, {
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

    'revisions.list': ({ dramaId }) => journal.revisions.list(dramaId),
    'revisions.get': ({ id }) => journal.revisions.get(id),
    'revisions.restore': ({ id }) => tx(() => journal.reviews.restore(id)),

    'pictures.add': (input) => addPicture(journal, host, input),
    'pictures.read': ({ file }) => ({ file, dataUrl: journal.pictures.dataUrl(file) }),

    'covers.get': ({ dramaId }) => coverPicture(journal, dramaId),
    'covers.thumbs': ({ dramaIds }) => coverThumbs(journal, dramaIds),
    'covers.choose': async ({ dramaId }) => (await chooseCover(journal, host, dramaId)) && coverPicture(journal, dramaId),
    'covers.paste': async ({ dramaId, data }) => (await setCover(journal, dramaId, Buffer.from(data, 'base64'), 'the pasted picture'), coverPicture(journal, dramaId)!),
    'covers.remove': ({ dramaId }) => removeCover(journal, dramaId),

    'notes.add': (input) => tx(() => journal.notes.add(input)),
    'notes.update': (input) => tx(() => journal.notes.update(input)),
    'notes.delete': ({ id }) => tx(() => (journal.notes.delete(id), null)),

    'settings.get': () => journal.settings.get(),
    'settings.update': (change) => tx(() => journal.settings.update(change)),

    'import.preview': ({ text }) => previewImportInto(journal, text),
    'import.save': ({ text, replace }) => importReview(journal, text, { replace }),

    'import.chooseFiles': () => chooseReviewFiles(host),
    'site.export': (request) => exportSiteToChosenFolder(journal, host, tasks, request),
    'tasks.cancel': ({ task }) => ({ cancelled: tasks.cancel(task) }),
    'journal.dump': () => dumpToChosenFile(journal, host),

    'search.query': (query) => journal.search.search(query),

    'cast.list': ({ dramaId }) => journal.cast.list(dramaId),
    'cast.add': (input) => tx(() => journal.cast.add(input)),
    'cast.addMany': (input) => tx(() => journal.cast.addMany(input)),
    'cast.update': (input) => tx(() => journal.cast.update(input)),
    'cast.delete': ({ id }) => tx(() => (journal.cast.delete(id), null)),
    'cast.suggest': ({ dramaId }) => castSuggestionsFor(journal, dramaId),
    'actors.list': () => journal.cast.actors(),
    'actors.get': ({ name }) => journal.cast.actor(name),

    'diary.list': (query) => journal.diary.list(query),
    'diary.logWatch': (input) => tx(() => (journal.diary.logWatch(input), journal.dramas.get(input.dramaId))),

    'stats.get': (query) => journalStats(journal.db, query),

    'transfer.chooseCsv': () => chooseTrackerCsv(host),
    'transfer.previewCsv': (input) => previewTrackerImport(journal, input),
    'transfer.importCsv': (input) => importTrackerCsv(journal, input),

    'lists.list': () => journal.lists.all(),
    'lists.get': ({ id }) => journal.lists.get(id),
    'lists.holding': ({ dramaId }) => journal.lists.holding(dramaId),
    'lists.create': (input) => tx(() => journal.lists.create(input)),
    'lists.update': (input) => tx(() => journal.lists.update(input)),
    'lists.delete': ({ id }) => tx(() => (journal.lists.delete(id), null)),
    'lists.add': (input) => tx(() => journal.lists.add(input)),
    'lists.remove': ({ id }) => tx(() => journal.lists.remove(id)),
    'lists.move': (input) => tx(() => journal.lists.move(input)),
    'lists.note': (input) => tx(() => journal.lists.setNote(input)),
  });
}

/** Every handler, with SQLite's errors (a damaged page met while reading, a refused write) said in plain words. */
function explainingSqlite(journal: Journal, handlers: Handlers): Handlers {
  const explained = Object.entries(handlers).map(([channel, handler]) => [
    channel,
    async (input: unknown) => {
      try {
        return await (handler as (input: unknown) => unknown)(input);
      } catch (error) {
        throw sqliteProblem(journal.path, error) ?? error;
      }
    },
  ]);
  return Object.fromEntries(explained) as Handlers;
}
