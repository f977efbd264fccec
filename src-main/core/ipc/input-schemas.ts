import type { z } from 'zod';
import {
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
} from '../validation/schemas';
import type { ChannelInput, ChannelName } from './contract';

/** The schema main checks each channel's input against before any handler sees it. */
export const INPUT_SCHEMAS: { [C in ChannelName]: z.ZodType<ChannelInput<C>> } = {
  'journal.info': emptyInputSchema as z.ZodType<ChannelInput<'journal.info'>>,
  'dramas.list': libraryQuerySchema,
  'dramas.get': idInputSchema,
  'dramas.create': dramaCreateSchema,
  'dramas.update': dramaUpdateSchema,
  'dramas.delete': idInputSchema,
  'dramas.suggestions': emptyInputSchema as z.ZodType<ChannelInput<'dramas.suggestions'>>,
  'watch.update': watchUpdateSchema,
  'watch.nextEpisode': idInputSchema,
  'reviews.save': reviewSaveSchema,
  'reviews.delete': idInputSchema,
  'notes.add': noteAddSchema,
  'notes.update': noteUpdateSchema,
  'notes.delete': idInputSchema,
  'settings.get': emptyInputSchema as z.ZodType<ChannelInput<'settings.get'>>,
  'settings.update': settingsUpdateSchema,
};
