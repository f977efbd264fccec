import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { mergeWatch } from '../dramas/watch-rules';
import { invalidInput, JournalError } from '../errors';
import type { Journal } from '../journal';
import { DEFAULT_SETTINGS, type Settings } from '../model';
import { id, wholeNumber } from '../validation/fields';
import {
  castEntrySchema,
  dramaCreateSchema,
  MAX_EPISODE_MINUTES,
  noteAddSchema,
  reviewSaveSchema,
  settingsUpdateSchema,
  watchRecordSchema,
} from '../validation/schemas';
import { DUMP_FORMAT, DUMP_VERSION } from './dump-format';

/** Reads and restores a dump file into an empty journal; see loadDump. */
export function load(journal: Journal, file: string): { dramas: number } {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw invalidInput(`cannot read ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalidInput(`${path} is not a Dramalog journal dump: it is not valid JSON (${jsonProblem(text, error as Error)})`);
  }
  return loadDump(journal, data, path);
}

/**
 * Restores a dump into an empty journal (no dramas; its settings are replaced),
 * in one transaction. Every record is checked by the same rules the app applies
 * to new input, and the first problem refuses the whole load, naming the record,
 * the field and the reason. Ids and times are kept, so dumping the restored
 * journal gives the same file.
 */
export function loadDump(journal: Journal, data: unknown, source = 'the dump'): { dramas: number } {
  const dump = check(envelopeSchema, data, source);
  if (dump.format !== DUMP_FORMAT) {
    throw invalidInput(`${source} is not a Dramalog journal dump (its format is ${JSON.stringify(dump.format)})`);
  }
  if (dump.version !== DUMP_VERSION) {
    throw invalidInput(
      typeof dump.version === 'number' && dump.version > DUMP_VERSION
        ? `${source} was written by a newer Dramalog (dump version ${dump.version}; this Dramalog reads version ${DUMP_VERSION})`
        : `${source} has an unknown dump version ${JSON.stringify(dump.version)}`,
    );
  }
  check(settingsUpdateSchema, dump.settings, 'settings');
  const settings = { ...DEFAULT_SETTINGS, ...(dump.settings as Partial<Settings>) };
  const dramas = dump.dramas.map((raw, index) => checkDrama(raw, index));
  refuseRepeats(dramas.map((d) => d.id), (at) => `dramas[${at}].id: drama id ${dramas[at].id} is used twice`);
  const notes = dramas.flatMap((d, i) => d.notes.map((n, j) => ({ id: n.id, where: `dramas[${i}].notes[${j}]` })));
  refuseRepeats(notes.map((n) => n.id), (at) => `${notes[at].where}.id: note id ${notes[at].id} is used twice`);

  return journal.transaction(() => {
    const present = journal.db.prepare('SELECT count(*) FROM dramas').pluck().get() as number;
    if (present) {
      throw new JournalError(
        'conflict',
        `the journal at ${journal.path} already holds ${present} drama${present === 1 ? '' : 's'}: ` +
          'a dump is restored into an empty journal only (load it with --db NEW-FILE.sqlite). Nothing was loaded.',
      );
    }
    const insert = statements(journal);
    for (const drama of dramas) insertDrama(insert, drama);
    journal.settings.update(settings);
    return { dramas: dramas.length };
  });
}

// ---- the dump's shape ----------------------------------------------------------

const timestamp = (field: string) =>
  z
    .string({ error: `${field} must be a time written like 2026-01-02T03:04:05.000Z` })
    .refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value) && !Number.isNaN(Date.parse(value)), {
      error: `${field} must be a time written like 2026-01-02T03:04:05.000Z`,
    });

const envelopeSchema = z.looseObject(
  {
    format: z.unknown(),
    version: z.unknown(),
    exportedAt: timestamp('exportedAt').optional(),
    settings: z.record(z.string(), z.unknown(), { error: 'settings must be an object' }),
    dramas: z.array(z.unknown(), { error: 'dramas must be a list' }),
  },
  { error: 'a journal dump must be a JSON object' },
);

const pictureSchema = z.strictObject({
  file: z
    .string({ error: 'file must be a path relative to the dump' })
    .refine((p) => p.length > 0 && !p.startsWith('/') && !/^[a-z]:/i.test(p) && !p.includes('\\') && !p.split('/').includes('..'), {
      error: 'file must be a path inside the folder beside the dump, written with / and without ..',
    }),
  section: z.enum(['intro', 'story', 'closing'], { error: 'section must be intro, story or closing' }),
  afterParagraph: wholeNumber('afterParagraph', 0, 400),
  caption: z.string({ error: 'caption must be text' }).max(500).nullable(),
});

const dramaSchema = z.strictObject(
  {
    id: id('id'),
    title: z.unknown(),
    nativeTitle: z.unknown(),
    platforms: z.unknown(),
    aired: z.unknown(),
    episodes: z.unknown(),
    genres: z.unknown(),
    watch: z.unknown(),
    review: z.unknown(),
    notes: z.array(z.unknown(), { error: 'notes must be a list' }),
    episodeMinutes: wholeNumber('episodeMinutes', 1, MAX_EPISODE_MINUTES),
    cast: z.array(castEntrySchema, { error: 'cast must be a list' }),
    pictures: z.array(pictureSchema, { error: 'pictures must be a list' }),
    createdAt: timestamp('createdAt'),
    updatedAt: timestamp('updatedAt'),
  },
  { error: 'each drama must be an object' },
);

const reviewTimesSchema = z.looseObject(
  { createdAt: timestamp('createdAt'), updatedAt: timestamp('updatedAt') },
  { error: 'review must be an object or null' },
);

const noteSchema = z.strictObject(
  {
    id: id('id'),
    episode: z.unknown(),
    text: z.unknown(),
    createdAt: timestamp('createdAt'),
    updatedAt: timestamp('updatedAt'),
  },
  { error: 'each note must be an object' },
);

/** A checked drama: the dump's own values (not trimmed or rewritten), known to be valid. */
interface CheckedDrama {
  id: number;
  raw: Record<string, unknown> & { title: string; nativeTitle: string; platforms: string[]; genres: string[] };
  aired: { year: number; month: number };
  episodes: number;
  episodeMinutes: number;
  watch: { status: string; episodesWatched: number; startedOn: string | null; finishedOn: string | null; rewatches: number };
  review: null | {
    grade: string | null;
    reviewer: { name: string; location: string };
    intro: string[];
    story: string[];
    closing: string[];
    state: string;
    createdAt: string;
    updatedAt: string;
  };
  notes: { id: number; episode: number | null; text: string; createdAt: string; updatedAt: string }[];
  cast: { actor: string; character: string | null; role: string }[];
  createdAt: string;
  updatedAt: string;
}

function checkDrama(raw: unknown, index: number): CheckedDrama {
  const title = (raw as { title?: unknown })?.title;
  const where = `dramas[${index}]${typeof title === 'string' ? ` (${JSON.stringify(title)})` : ''}`;
  const drama = check(dramaSchema, raw, where);
  const fields = {
    title: drama.title,
    nativeTitle: drama.nativeTitle,
    platforms: drama.platforms,
    aired: drama.aired,
    episodes: drama.episodes,
    genres: drama.genres,
    episodeMinutes: drama.episodeMinutes,
  };
  const checked = check(dramaCreateSchema, fields, where);
  check(watchRecordSchema, drama.watch, `${where}.watch`);
  const watch = drama.watch as CheckedDrama['watch'];
  try {
    mergeWatch(watch as Parameters<typeof mergeWatch>[0], {}, checked.episodes);
  } catch (error) {
    throw invalidInput(`${where}.watch: ${(error as Error).message}`);
  }
  if (drama.pictures.length) {
    throw invalidInput(`${where}.pictures: this Dramalog cannot store pictures yet, so it cannot load them without losing them`);
  }

  let review: CheckedDrama['review'] = null;
  if (drama.review !== null) {
    const times = check(reviewTimesSchema, drama.review, `${where}.review`);
    const { createdAt, updatedAt, ...content } = times as Record<string, unknown>;
    const valid = check(reviewSaveSchema, { dramaId: drama.id, ...content }, `${where}.review`);
    if (valid.state === 'final' && !valid.grade) throw invalidInput(`${where}.review.grade: a final review needs a grade`);
    if (valid.state === 'final' && !valid.reviewer.name) {
      throw invalidInput(`${where}.review.reviewer.name: a final review needs the reviewer's name`);
    }
    review = { ...(content as Omit<NonNullable<CheckedDrama['review']>, 'createdAt' | 'updatedAt'>), createdAt: createdAt as string, updatedAt: updatedAt as string };
  }

  const notes = drama.notes.map((rawNote, j) => {
    const note = check(noteSchema, rawNote, `${where}.notes[${j}]`);
    check(noteAddSchema, { dramaId: drama.id, episode: note.episode, text: note.text }, `${where}.notes[${j}]`);
    if (typeof note.episode === 'number' && note.episode > checked.episodes) {
      throw invalidInput(`${where}.notes[${j}].episode: episode must be from 1 to ${checked.episodes}, the drama's episode count`);
    }
    return note as CheckedDrama['notes'][number];
  });

  return {
    id: drama.id,
    raw: raw as CheckedDrama['raw'],
    aired: drama.aired as CheckedDrama['aired'],
    episodes: checked.episodes,
    episodeMinutes: drama.episodeMinutes,
    watch,
    review,
    notes,
    cast: drama.cast,
    createdAt: drama.createdAt,
    updatedAt: drama.updatedAt,
  };
}

// ---- writing -------------------------------------------------------------------

function statements(journal: Journal) {
  const { db } = journal;
  return {
    drama: db.prepare(
      `INSERT INTO dramas (id, title, native_title, platforms, aired_year, aired_month, episodes, genres, episode_minutes,
         status, episodes_watched, started_on, finished_on, rewatches, created_at, updated_at)
       VALUES (@id, @title, @nativeTitle, @platforms, @year, @month, @episodes, @genres, @episodeMinutes,
         @status, @episodesWatched, @startedOn, @finishedOn, @rewatches, @createdAt, @updatedAt)`,
    ),
    review: db.prepare(
      `INSERT INTO reviews (drama_id, grade, reviewer_name, reviewer_location, intro, story, closing, state, created_at, updated_at)
       VALUES (@dramaId, @grade, @name, @location, @intro, @story, @closing, @state, @createdAt, @updatedAt)`,
    ),
    note: db.prepare(
      'INSERT INTO notes (id, drama_id, episode, text, created_at, updated_at) VALUES (@id, @dramaId, @episode, @text, @createdAt, @updatedAt)',
    ),
    cast: db.prepare(
      'INSERT INTO cast_members (drama_id, actor, character, role, position) VALUES (@dramaId, @actor, @character, @role, @position)',
    ),
  };
}

function insertDrama(insert: ReturnType<typeof statements>, drama: CheckedDrama): void {
  insert.drama.run({
    id: drama.id,
    title: drama.raw.title,
    nativeTitle: drama.raw.nativeTitle,
    platforms: JSON.stringify(drama.raw.platforms),
    year: drama.aired.year,
    month: drama.aired.month,
    episodes: drama.episodes,
    genres: JSON.stringify(drama.raw.genres),
    episodeMinutes: drama.episodeMinutes,
    ...drama.watch,
    createdAt: drama.createdAt,
    updatedAt: drama.updatedAt,
  });
  const { review } = drama;
  if (review) {
    insert.review.run({
      dramaId: drama.id,
      grade: review.grade,
      name: review.reviewer.name,
      location: review.reviewer.location,
      intro: JSON.stringify(review.intro),
      story: JSON.stringify(review.story),
      closing: JSON.stringify(review.closing),
      state: review.state,
      createdAt: review.createdAt,
      updatedAt: review.updatedAt,
    });
  }
  for (const note of drama.notes) insert.note.run({ ...note, dramaId: drama.id });
  drama.cast.forEach((member, index) =>
    insert.cast.run({ dramaId: drama.id, actor: member.actor, character: member.character, role: member.role, position: index + 1 }),
  );
}

// ---- messages ------------------------------------------------------------------

/** Validates `value`, or refuses naming where in the dump, which field, and why. */
function check<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  if (issue.code === 'invalid_type' && issue.input === undefined && issue.path.length) {
    return failWith(`${where}${path} is required`);
  }
  const reason =
    issue.code === 'unrecognized_keys'
      ? `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
      : issue.message;
  return failWith(`${where}${path}: ${reason}`);
}

function failWith(message: string): never {
  throw invalidInput(message);
}

function refuseRepeats(values: number[], message: (at: number) => string): void {
  const seen = new Set<number>();
  values.forEach((value, at) => {
    if (seen.has(value)) failWith(message(at));
    seen.add(value);
  });
}

/** JSON.parse's complaint, with the line it is on when the engine gives a position. */
function jsonProblem(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return error.message;
  const line = text.slice(0, Number(position[1])).split('\n').length;
  return `line ${line}: ${error.message}`;
}
