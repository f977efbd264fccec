import { z } from 'zod';
import type {
  DramaCreateInput,
  DramaUpdateInput,
  LibraryQuery,
  NoteAddInput,
  NoteUpdateInput,
  ReviewSaveInput,
  SettingsUpdate,
  WatchRecord,
  WatchUpdateInput,
} from '../model';
import { LIBRARY_SORTS } from '../model';
import {
  MAX_EPISODES,
  MAX_NOTE,
  MAX_TITLE,
  calendarDate,
  grade,
  id,
  oneOf,
  paragraphs,
  reviewState,
  text,
  theme,
  tokenList,
  watchStatus,
  wholeNumber,
  yearMonth,
} from './fields';

const watchFields = {
  status: watchStatus,
  episodesWatched: wholeNumber('episodesWatched', 0, MAX_EPISODES),
  startedOn: calendarDate('startedOn'),
  finishedOn: calendarDate('finishedOn'),
  rewatches: wholeNumber('rewatches', 0, 999),
};

const partialWatch = z.strictObject(watchFields, { error: 'watch must be a watch record' }).partial();

const dramaFields = {
  title: text('title', { min: 1, max: MAX_TITLE }),
  nativeTitle: text('nativeTitle', { min: 1, max: MAX_TITLE }),
  platforms: tokenList('platforms', 'platform'),
  aired: yearMonth('aired'),
  episodes: wholeNumber('episodes', 1, MAX_EPISODES),
  genres: tokenList('genres', 'genre'),
};

export const dramaCreateSchema: z.ZodType<DramaCreateInput> = z.strictObject(
  { ...dramaFields, watch: partialWatch.optional() },
  { error: 'a drama must be an object with its fields' },
);

export const dramaUpdateSchema: z.ZodType<DramaUpdateInput> = z.strictObject(
  {
    id: id(),
    ...Object.fromEntries(Object.entries(dramaFields).map(([k, v]) => [k, v.optional()])),
    watch: partialWatch.optional(),
  } as typeof dramaFields & { id: ReturnType<typeof id> },
  { error: 'an update must be an object with the drama id' },
) as unknown as z.ZodType<DramaUpdateInput>;

export const watchUpdateSchema: z.ZodType<WatchUpdateInput> = z.strictObject(
  { id: id(), ...watchFields },
  { error: 'a watch update must be an object with the drama id' },
).partial({ status: true, episodesWatched: true, startedOn: true, finishedOn: true, rewatches: true });

export const watchRecordSchema: z.ZodType<WatchRecord> = z.strictObject(watchFields);

export const reviewSaveSchema: z.ZodType<ReviewSaveInput> = z.strictObject(
  {
    dramaId: id('dramaId'),
    grade: grade.nullable(),
    reviewer: z.strictObject(
      {
        name: text('reviewer name', { min: 0, max: 100 }),
        location: text('reviewer location', { min: 0, max: 100 }),
      },
      { error: 'reviewer must have a name and a location' },
    ),
    intro: paragraphs('intro'),
    story: paragraphs('story'),
    closing: paragraphs('closing'),
    state: reviewState,
  },
  { error: 'a review must be an object with its fields' },
);

export const noteAddSchema: z.ZodType<NoteAddInput> = z.strictObject(
  {
    dramaId: id('dramaId'),
    episode: wholeNumber('episode', 1, MAX_EPISODES).nullable(),
    text: text('note', { min: 1, max: MAX_NOTE }),
  },
  { error: 'a note must be an object with its drama, episode and text' },
);

export const noteUpdateSchema: z.ZodType<NoteUpdateInput> = z.strictObject(
  { id: id(), text: text('note', { min: 1, max: MAX_NOTE }) },
  { error: 'a note update must be an object with the note id and text' },
);

export const idInputSchema = z.strictObject({ id: id() }, { error: 'expected an object with an id' });

export const libraryQuerySchema: z.ZodType<LibraryQuery> = z.strictObject(
  {
    sort: oneOf('sort', LIBRARY_SORTS).optional(),
    status: watchStatus.optional(),
    grade: grade.optional(),
    genre: text('genre', { min: 1, max: 60 }).optional(),
    platform: text('platform', { min: 1, max: 60 }).optional(),
    year: wholeNumber('year', 1900, 2100).optional(),
    text: text('search text', { max: 200 }).optional(),
  },
  { error: 'a library query must be an object' },
);

export const siteUrl = z
  .string({ error: 'siteUrl must be a web address' })
  .trim()
  .max(300, { error: 'siteUrl must be at most 300 characters' })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: 'siteUrl must be a web address starting with https:// or http://' },
  )
  .nullable();

export const settingsUpdateSchema: z.ZodType<SettingsUpdate> = z
  .strictObject(
    {
      siteTitle: text('siteTitle', { min: 1, max: 120 }),
      reviewerName: text('reviewerName', { max: 100 }),
      reviewerLocation: text('reviewerLocation', { max: 100 }),
      siteUrl,
      theme,
      onboarded: z.boolean({ error: 'onboarded must be true or false' }),
    },
    { error: 'settings must be an object' },
  )
  .partial();

export const emptyInputSchema = z.union([z.undefined(), z.null(), z.strictObject({})], {
  error: 'this channel takes no input',
});
