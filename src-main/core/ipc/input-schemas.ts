import type { z } from 'zod';
import {
  actorNameInputSchema,
  castAddManySchema,
  castAddSchema,
  castUpdateSchema,
  dramaIdInputSchema,
  searchQuerySchema,
  statsQuerySchema,
  trackerImportSchema,
  dramaCreateSchema,
  dramaUpdateSchema,
  emptyInputSchema,
  idInputSchema,
  libraryQuerySchema,
  noteAddSchema,
  noteUpdateSchema,
  reviewSaveSchema,
  settingsUpdateSchema,
  watchUpdateSchema,
} from '../common/validation/schemas';
import { importPreviewSchema, importSaveSchema } from '../house-format/ipc-schemas';
import { siteExportSchema } from '../site/ipc-schemas';
import { taskCancelSchema } from '../interactive/ipc-schemas';
import { pictureAddSchema, pictureReadSchema } from '../common/validation/picture-schemas';
import type { ChannelInput, ChannelName, NoInput } from './contract';

// Every channel that takes no input shares this one schema. (It also lets null through, which the type leaves out.)
const noInput = emptyInputSchema as z.ZodType<NoInput>;

/** The schema main checks each channel's input against before any handler sees it. */
export const INPUT_SCHEMAS: { [C in ChannelName]: z.ZodType<ChannelInput<C>> } = {
  'journal.info': noInput,
  'dramas.list': libraryQuerySchema,
  'dramas.get': idInputSchema,
  'dramas.create': dramaCreateSchema,
  'dramas.update': dramaUpdateSchema,
  'dramas.delete': idInputSchema,
  'dramas.suggestions': noInput,
  'watch.update': watchUpdateSchema,
  'watch.nextEpisode': idInputSchema,
  'reviews.save': reviewSaveSchema,
  'reviews.delete': idInputSchema,
  'revisions.list': dramaIdInputSchema,
  'revisions.get': idInputSchema,
  'revisions.restore': idInputSchema,
  'pictures.add': pictureAddSchema,
  'pictures.read': pictureReadSchema,
  'notes.add': noteAddSchema,
  'notes.update': noteUpdateSchema,
  'notes.delete': idInputSchema,
  'settings.get': noInput,
  'settings.update': settingsUpdateSchema,
  'import.preview': importPreviewSchema,
  'import.save': importSaveSchema,
  'import.chooseFiles': noInput,
  'site.export': siteExportSchema,
  'tasks.cancel': taskCancelSchema,
  'journal.dump': noInput,
  'search.query': searchQuerySchema,
  'cast.list': dramaIdInputSchema,
  'cast.add': castAddSchema,
  'cast.addMany': castAddManySchema,
  'cast.update': castUpdateSchema,
  'cast.delete': idInputSchema,
  'cast.suggest': dramaIdInputSchema,
  'actors.list': noInput,
  'actors.get': actorNameInputSchema,
  'stats.get': statsQuerySchema,
  'transfer.chooseCsv': noInput,
  'transfer.previewCsv': trackerImportSchema,
  'transfer.importCsv': trackerImportSchema,
};
