import { z } from 'zod';
import { AIRED_YEARS, GRADES, WATCH_STATUSES } from '../common/model';
import { type FieldLabel, MAX_EPISODES, calendarDate, fieldName, grade, id, oneOf, text, wholeNumber } from '../common/validation/fields';
import type { DiaryQuery, EpisodeChangeInput, LogWatchInput } from '../common/types/diary';

/** Longest note on a diary entry (the database checks the same bound). */
export const MAX_DIARY_NOTE = 2000;

const note = text('note', { min: 1, max: MAX_DIARY_NOTE }).nullable();

/** A diary entry as `show --json` and the dump write it. */
export const diaryEntrySchema = z.strictObject(
  {
    startedOn: calendarDate('startedOn'),
    finishedOn: calendarDate('finishedOn'),
    status: oneOf('status', WATCH_STATUSES),
    rewatch: z.boolean({ error: 'rewatch must be true or false' }),
    note,
  },
  { error: 'each diary entry must be an object' },
);

export const episodeLogEntrySchema = z.strictObject(
  {
    episode: wholeNumber('episode', 1, MAX_EPISODES),
    watchedOn: calendarDate('watchedOn').refine((v) => v !== null, { error: 'watchedOn must be a date written YYYY-MM-DD' }),
    grade: grade.nullable(),
  },
  { error: 'each episode log entry must be an object' },
);

/** `label` names the fields in a refusal (the CLI passes its options). */
export const logWatchSchemaNamed = (label: FieldLabel = fieldName): z.ZodType<LogWatchInput> =>
  z.strictObject(
    {
      dramaId: id(label('dramaId', 'dramaId')),
      finishedOn: calendarDate(label('finishedOn', 'finishedOn')).unwrap().optional(),
      rewatch: z.boolean({ error: `${label('rewatch', 'rewatch')} must be true or false` }).optional(),
      note: text(label('note', 'note'), { min: 1, max: MAX_DIARY_NOTE }).nullable().optional(),
    },
    { error: 'a logged watch must be an object with the drama id' },
  );

export const logWatchSchema = logWatchSchemaNamed();

export const diaryQuerySchema: z.ZodType<DiaryQuery> = z.strictObject(
  { year: wholeNumber('year', AIRED_YEARS.min, AIRED_YEARS.max).optional() },
  { error: 'a diary query must be an object' },
);

/**
 * A grade for one episode, or the day it was watched (at least one of them). `label` names
 * the fields in a refusal (the CLI passes its options and its N argument).
 */
export const episodeChangeSchemaNamed = (label: FieldLabel = fieldName): z.ZodType<EpisodeChangeInput> => {
  const gradeName = label('grade', 'grade');
  const watchedOnName = label('watchedOn', 'watchedOn');
  return z
    .strictObject(
      {
        dramaId: id(label('dramaId', 'dramaId')),
        episode: wholeNumber(label('episode', 'episode'), 1, MAX_EPISODES),
        grade: z.enum(GRADES, { error: `${gradeName} must be one of ${GRADES.join(', ')}, or none to take the grade away` }).nullable().optional(),
        watchedOn: calendarDate(watchedOnName).unwrap().optional(),
      },
      { error: 'an episode change must be an object with the drama id and the episode' },
    )
    .refine((input) => input.grade !== undefined || input.watchedOn !== undefined, {
      error: `give the episode a ${gradeName} or the day it was watched (${watchedOnName})`,
      path: ['grade'],
    });
};

export const episodeChangeSchema = episodeChangeSchemaNamed();
