import { z } from 'zod';
import type {
  CastAddInput,
  CastAddManyInput,
  CastUpdateInput,
  DramaCreateInput,
  DramaUpdateInput,
  LibraryQuery,
  NoteAddInput,
  NoteUpdateInput,
  ReviewSaveInput,
  SearchQuery,
  SettingsUpdate,
  StatsQuery,
  TrackerImportInput,
  WatchRecord,
  WatchUpdateInput,
} from '../model';
import { AIRED_YEARS, CAST_ROLES, LIBRARY_SORTS, TRACKER_KINDS, WATCH_STATUSES } from '../model';
import {
  type FieldLabel,
  airedDate,
  fieldName,
  MAX_EPISODES,
  MAX_NOTE,
  MAX_TITLE,
  calendarDate,
  grade,
  id,
  oneOf,
  optionalText,
  paragraphs,
  refuseControlCharacters,
  reviewState,
  text,
  theme,
  tokenList,
  watchStatus,
  wholeNumber,
} from './fields';
import { pictureListSchema } from './picture-schemas';

/** What an episode runs when the user has not said: the usual length of a Korean drama episode. */
export const DEFAULT_EPISODE_MINUTES = 60;

/** Longest episode length Dramalog accepts (the database checks the same bound). */
export const MAX_EPISODE_MINUTES = 600;

/** The watch record's fields; `at` is where they sit in the input (`watch.` inside a drama). */
const watchFields = (label: FieldLabel = fieldName, at = '') => {
  const name = (key: string) => label(`${at}${key}`, key);
  return {
    status: oneOf(name('status'), WATCH_STATUSES),
    episodesWatched: wholeNumber(name('episodesWatched'), 0, MAX_EPISODES),
    startedOn: calendarDate(name('startedOn')),
    finishedOn: calendarDate(name('finishedOn')),
    rewatches: wholeNumber(name('rewatches'), 0, 999),
  };
};

const partialWatch = (label: FieldLabel) =>
  z.strictObject(watchFields(label, 'watch.'), { error: 'watch must be a watch record' }).partial();

/** A change to a watch record, any of its fields: what a watch form checks before sending it. */
export const watchChangeSchema: z.ZodType<Partial<WatchRecord>> = partialWatch(fieldName);

const dramaFields = (label: FieldLabel) => {
  const name = (key: string) => label(key, key);
  return {
    title: text(name('title'), { min: 1, max: MAX_TITLE }),
    // Only the title is needed to add a drama; the rest may be unknown (null, or an empty list)
    // until a review is published, which checks them (core/common/validation/publish-rules.ts).
    nativeTitle: optionalText(name('nativeTitle'), MAX_TITLE).optional(),
    platforms: tokenList(name('platforms'), 'platform').optional(),
    aired: airedDate(name('aired')).optional(),
    episodes: wholeNumber(name('episodes'), 1, MAX_EPISODES).nullable().optional(),
    genres: tokenList(name('genres'), 'genre').optional(),
    episodeMinutes: wholeNumber(name('episodeMinutes'), 1, MAX_EPISODE_MINUTES).optional(),
  };
};

/** `dramaCreateSchema` with its messages naming fields through `label` (the CLI's options). */
export const dramaCreateSchemaNamed = (label: FieldLabel): z.ZodType<DramaCreateInput> =>
  z.strictObject(
    { ...dramaFields(label), watch: partialWatch(label).optional() },
    { error: 'a drama must be an object with its fields' },
  );

export const dramaCreateSchema = dramaCreateSchemaNamed(fieldName);

export const dramaUpdateSchemaNamed = (label: FieldLabel): z.ZodType<DramaUpdateInput> =>
  z.strictObject(
    {
      id: id(label('id', 'id')),
      ...z.object(dramaFields(label)).partial().shape,
      watch: partialWatch(label).optional(),
    },
    { error: 'an update must be an object with the drama id' },
  );

export const dramaUpdateSchema = dramaUpdateSchemaNamed(fieldName);

export const watchUpdateSchemaNamed = (label: FieldLabel): z.ZodType<WatchUpdateInput> =>
  z
    .strictObject({ id: id(label('id', 'id')), ...watchFields(label) }, { error: 'a watch update must be an object with the drama id' })
    .partial({ status: true, episodesWatched: true, startedOn: true, finishedOn: true, rewatches: true });

export const watchUpdateSchema = watchUpdateSchemaNamed(fieldName);

export const watchRecordSchema: z.ZodType<WatchRecord> = z.strictObject(watchFields());

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
    pictures: pictureListSchema.optional(),
    state: reviewState,
    baseUpdatedAt: z.string({ error: 'baseUpdatedAt must be the time the review was last saved' }).max(40).nullable().optional(),
    separateRevision: z.boolean({ error: 'separateRevision must be true or false' }).optional(),
  },
  { error: 'a review must be an object with its fields' },
);

const noteFields = (label: FieldLabel) => ({
  episode: wholeNumber(label('episode', 'episode'), 1, MAX_EPISODES).nullable(),
  text: text(label('text', 'note'), { min: 1, max: MAX_NOTE }),
});

/** A note's own fields, without the drama it belongs to: what a note form checks before sending. */
export const noteContentSchema: z.ZodType<Omit<NoteAddInput, 'dramaId'>> = z.strictObject(noteFields(fieldName), {
  error: 'a note must be an object with its episode and text',
});

export const noteAddSchemaNamed = (label: FieldLabel): z.ZodType<NoteAddInput> =>
  z.strictObject(
    { dramaId: id(label('dramaId', 'dramaId')), ...noteFields(label) },
    { error: 'a note must be an object with its drama, episode and text' },
  );

export const noteAddSchema = noteAddSchemaNamed(fieldName);

export const noteUpdateSchema: z.ZodType<NoteUpdateInput> = z.strictObject(
  { id: id(), text: noteFields(fieldName).text },
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
    year: wholeNumber('year', AIRED_YEARS.min, AIRED_YEARS.max).optional(),
    text: text('search text', { max: 200 }).optional(),
    limit: wholeNumber('limit', 1, 100_000).optional(),
  },
  { error: 'a library query must be an object' },
);

export const siteUrl = z
  .string({ error: 'site URL must be a web address' })
  .trim()
  .superRefine(refuseControlCharacters('site URL'))
  .max(300, { error: 'site URL must be at most 300 characters' })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: 'site URL must be a web address starting with https:// or http://' },
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

// ---- search, cast, statistics, tracker import ---------------------------------

export const MAX_PERSON_NAME = 100;

export const searchQuerySchema: z.ZodType<SearchQuery> = z.strictObject(
  {
    text: text('search text', { max: 200 }),
    limit: wholeNumber('limit', 1, 100).optional(),
  },
  { error: 'a search must be an object with its text' },
);

const actorName = text('actor', { min: 1, max: MAX_PERSON_NAME });
/** An empty character name means the part has no name: stored as null. */
const characterName = text('character', { max: MAX_PERSON_NAME })
  .transform((name) => name || null)
  .nullable();
const castRole = oneOf('role', CAST_ROLES);
const castPosition = wholeNumber('position', 1, 999);

export const castAddSchema: z.ZodType<CastAddInput> = z.strictObject(
  {
    dramaId: id('dramaId'),
    actor: actorName,
    character: characterName.optional(),
    role: castRole.optional(),
    position: castPosition.optional(),
  },
  { error: 'a cast member must be an object with the drama id and the actor' },
);

export const castAddManySchema: z.ZodType<CastAddManyInput> = z.strictObject(
  {
    dramaId: id('dramaId'),
    members: z
      .array(
        z.strictObject(
          { actor: actorName, character: characterName.optional(), role: castRole.optional() },
          { error: 'each cast member must be an object with the actor' },
        ),
        { error: 'members must be a list of cast members' },
      )
      .min(1, { error: 'members needs at least one cast member' })
      .max(200, { error: 'members can hold at most 200 cast members' }),
  },
  { error: 'expected an object with the drama id and the cast members' },
);

export const castUpdateSchema: z.ZodType<CastUpdateInput> = z.strictObject(
  {
    id: id(),
    actor: actorName.optional(),
    character: characterName.optional(),
    role: castRole.optional(),
    position: castPosition.optional(),
  },
  { error: 'a cast update must be an object with the cast member id' },
);

/** A cast member as a journal dump writes it (its place in the list is its position). */
export const castEntrySchema = z.strictObject(
  { actor: actorName, character: characterName, role: castRole },
  { error: 'a cast member must be an object with actor, character and role' },
);

export const dramaIdInputSchema = z.strictObject({ dramaId: id('dramaId') }, { error: 'expected an object with a dramaId' });

export const actorNameInputSchema = z.strictObject({ name: actorName }, { error: "expected an object with the actor's name" });

export const statsQuerySchema: z.ZodType<StatsQuery> = z.strictObject(
  { year: wholeNumber('year', AIRED_YEARS.min, AIRED_YEARS.max).optional() },
  { error: 'a statistics query must be an object' },
);

/** A tracker's CSV export (Letterboxd, MyDramaList) may hold years of diary entries. */
export const MAX_TRACKER_CSV_TEXT = 20_000_000;

export const trackerImportSchema: z.ZodType<TrackerImportInput> = z.strictObject(
  {
    text: z
      .string({ error: 'text must be the CSV file as text' })
      .max(MAX_TRACKER_CSV_TEXT, { error: `the file is too large to import (at most ${MAX_TRACKER_CSV_TEXT / 1_000_000} million characters)` }),
    kind: oneOf('kind', ['auto', ...TRACKER_KINDS]).optional(),
  },
  { error: 'an import must be an object with the file text' },
);

/** A house-format file is a few thousand characters; this bounds what a paste may send. */
export const MAX_IMPORT_TEXT = 2_000_000;

/** A house-format review as plain text, as pasted or read from a file. */
export const importText = z
  .string({ error: 'text must be the review as plain text' })
  .max(MAX_IMPORT_TEXT, { error: `text must be at most ${MAX_IMPORT_TEXT} characters` });
