import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { diaryEntrySchema, episodeLogEntrySchema } from '../diary/schemas';
import type { EpisodeLogEntry } from '../common/model';
import type { PublicDiaryEntry } from '../dramas/public-json';
import { mergeWatch } from '../dramas/watch-rules';
import { invalidInput, JournalError } from '../common/errors';
import type { Journal } from '../journal';
import { DEFAULT_SETTINGS, type DramaRelease, type ReviewContent, type Settings, type StoredPicture, type WatchRecord } from '../common/model';
import { listCreateSchema, MAX_LIST_NOTE } from '../lists/schemas';
import { MAX_PICTURE_BYTES, PICTURE_FILE_NAME, PICTURE_TYPES, pictureTypeOf } from '../common/picture-file';
import { prepareCover, type PreparedCover } from '../covers/cover-image';
import { storeCoverFiles } from '../covers/set-cover';
import { checkPicturePlaces, checkPicturesCanBeFinal } from '../reviews/picture-rules';
import { contentJson } from '../reviews/revision-repository';
import { countWordsIn, previewOf } from '../common/word-count';
import { id, text, wholeNumber } from '../common/validation/fields';
import {
  castEntrySchema,
  dramaCreateSchema,
  MAX_EPISODE_MINUTES,
  noteAddSchema,
  reviewSaveSchema,
  settingsUpdateSchema,
  watchRecordSchema,
} from '../common/validation/schemas';
import { DUMP_FORMAT, DUMP_VERSION, type DumpList } from './dump-format';

/** Reads and restores a dump file into an empty journal; see restoreDump. */
export async function load(journal: Journal, file: string): Promise<{ dramas: number }> {
  return restoreDump(journal, await readDumpFile(file));
}

/** Reads a dump file and checks every record and picture, covers decoded, before any journal is touched. */
export async function readDumpFile(file: string): Promise<CheckedDump> {
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
  return checkDump(data, { source: path, folder: dirname(path) });
}

/** A dump whose every record passed the checks, ready to restore. */
export interface CheckedDump {
  settings: Settings;
  dramas: CheckedDrama[];
  lists: CheckedList[];
  /** Picture name in the journal → the file beside the dump that holds it. */
  pictures: Map<string, string>;
  /** Drama id → its cover, read and resized as any new cover is. */
  covers: Map<number, { addedAt: string; prepared: PreparedCover }>;
}

/**
 * Checks a dump by the same rules the app applies to new input, covers read and
 * resized as any new cover is. The first problem refuses the whole dump, naming
 * the record, the field and the reason.
 */
export async function checkDump(data: unknown, where: { source?: string; folder?: string } = {}): Promise<CheckedDump> {
  const source = where.source ?? 'the dump';
  const { format, version } = (data !== null && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  if (format !== DUMP_FORMAT) {
    throw invalidInput(
      `${source} is not a Dramalog journal dump ` +
        (format === undefined ? `(it has no "format": "${DUMP_FORMAT}")` : `(its format is ${JSON.stringify(format)})`),
    );
  }
  if (version !== DUMP_VERSION) {
    throw invalidInput(
      typeof version === 'number' && version > DUMP_VERSION
        ? `${source} was written by a newer Dramalog (dump version ${version}; this Dramalog reads version ${DUMP_VERSION})`
        : `${source} has an unknown dump version ${JSON.stringify(version)}`,
    );
  }
  const dump = check(envelopeSchema, data, '');
  check(settingsUpdateSchema, dump.settings, 'settings');
  const settings = { ...DEFAULT_SETTINGS, ...(dump.settings as Partial<Settings>) };
  const pictures = new PictureFiles(where.folder ?? process.cwd());
  const dramas = dump.dramas.map((raw, index) => checkDrama(raw, index, pictures));

  refuseRepeats(dramas.map((d) => ({ id: d.id, where: `${d.label}.id`, what: 'drama id' })));
  refuseRepeats(dramas.flatMap((d) => d.notes.map((n, j) => ({ id: n.id, where: `${d.label}.notes[${j}].id`, what: 'note id' }))));
  const revisions = dramas.flatMap((d) => d.revisions.map((r, j) => ({ ...r, where: `${d.label}.revisions[${j}]` })));
  refuseRepeats(revisions.map((r) => ({ id: r.id, where: `${r.where}.id`, what: 'revision id' })));
  const earlier = new Set<number>();
  for (const revision of [...revisions].sort((a, b) => a.id - b.id)) {
    if (revision.restoredFrom !== null && !earlier.has(revision.restoredFrom)) {
      failWith(`${revision.where}.restoredFrom: revision ${revision.restoredFrom} is not an earlier revision in the dump`);
    }
    earlier.add(revision.id);
  }
  const lists = checkLists(dump.lists ?? [], new Set(dramas.map((d) => d.id)));
  // Last, as reading pictures is the slow part: a dump with a wrong record is refused before any is read.
  const covers = new Map<number, { addedAt: string; prepared: PreparedCover }>();
  for (const drama of dramas) if (drama.cover) covers.set(drama.id, { addedAt: drama.cover.addedAt, prepared: await prepareDumpCover(drama.cover.bytes, drama) });
  return { settings, dramas, lists, pictures: pictures.found, covers };
}

/**
 * Restores a checked dump into an empty journal (no dramas; its settings are
 * replaced). Pictures are copied into the journal's media folder first (copies
 * nothing refers to are harmless there), then every record is written in one
 * transaction. Ids and times are kept, so dumping the restored journal gives
 * the same file.
 */
export function restoreDump(journal: Journal, { settings, dramas, lists, pictures, covers: prepared }: CheckedDump): { dramas: number } {
  refuseIfNotEmpty(journal);
  for (const [name, file] of pictures) {
    const kept = journal.pictures.importFile(file);
    if (kept !== name) failWith(`${file} does not hold the picture its name says (it was changed after the dump)`);
  }
  const covers = [...prepared].map(([dramaId, cover]) => ({ dramaId, addedAt: cover.addedAt, ...storeCoverFiles(journal, cover.prepared) }));
  return journal.transaction(() => {
    refuseIfNotEmpty(journal);
    const insert = statements(journal);
    for (const drama of dramas) insertDrama(journal, insert, drama);
    for (const cover of covers) insert.cover.run(cover);
    for (const revision of dramas.flatMap((d) => d.revisions.map((r) => ({ ...r, dramaId: d.id }))).sort((a, b) => a.id - b.id)) {
      insertRevision(insert, revision);
    }
    for (const list of lists) insertList(insert, list);
    // The dump's settings, except that a journal whose first run is done stays so: loading a dump
    // in the app must not send the user back to the welcome screen (an older dump may say false).
    journal.settings.update({ ...settings, onboarded: settings.onboarded || journal.settings.get().onboarded });
    return { dramas: dramas.length };
  });
}

function refuseIfNotEmpty(journal: Journal): void {
  const dramas = journal.dramas.count();
  const lists = journal.lists.all().length;
  if (!dramas && !lists) return;
  const held = dramas ? `${dramas} drama${dramas === 1 ? '' : 's'}` : `${lists} list${lists === 1 ? '' : 's'}`;
  throw new JournalError(
    'conflict',
    `the journal at ${journal.path} already holds ${held}: a dump is restored into an empty journal only. Nothing was loaded.`,
  );
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
    exportedAt: timestamp('exportedAt').optional(),
    settings: z.record(z.string(), z.unknown(), { error: 'settings must be an object' }),
    dramas: z.array(z.unknown(), { error: 'dramas must be a list' }),
    // A dump from before lists has none.
    lists: z.array(z.unknown(), { error: 'lists must be a list' }).optional(),
  },
  { error: 'a journal dump must be a JSON object' },
);

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
    revisions: z.array(z.unknown(), { error: 'revisions must be a list' }),
    // Dumps made before the diary have neither: their watch record stands for the diary, as in migration 0007.
    diary: z.array(z.unknown(), { error: 'diary must be a list' }).optional(),
    episodeLog: z.array(z.unknown(), { error: 'episodeLog must be a list' }).optional(),
    createdAt: timestamp('createdAt'),
    updatedAt: timestamp('updatedAt'),
    // Dumps made before covers have none.
    cover: z.unknown().optional(),
  },
  { error: 'each drama must be an object' },
);

const coverSchema = z.strictObject(
  {
    type: z.enum(Object.values(PICTURE_TYPES), { error: `type must be one of ${Object.values(PICTURE_TYPES).join(', ')}` }),
    size: wholeNumber('size', 1, MAX_PICTURE_BYTES),
    addedAt: timestamp('addedAt'),
    data: z
      .string({ error: 'data must be the picture as base64 text' })
      .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, { error: 'data must be the picture as base64 text' }),
  },
  { error: 'cover must be an object or null' },
);

const reviewEnvelopeSchema = z.looseObject(
  {
    pictures: z.array(z.unknown(), { error: 'pictures must be a list' }),
    createdAt: timestamp('createdAt'),
    updatedAt: timestamp('updatedAt'),
  },
  { error: 'review must be an object or null' },
);

const noteSchema = z.strictObject(
  { id: id('id'), episode: z.unknown(), text: z.unknown(), createdAt: timestamp('createdAt'), updatedAt: timestamp('updatedAt') },
  { error: 'each note must be an object' },
);

const revisionSchema = z.strictObject(
  {
    id: id('id'),
    startedAt: timestamp('startedAt'),
    savedAt: timestamp('savedAt'),
    restoredFrom: id('restoredFrom').nullable(),
    content: z.looseObject({ pictures: z.array(z.unknown(), { error: 'pictures must be a list' }) }, { error: 'content must be an object' }),
  },
  { error: 'each revision must be an object' },
);

const picturePathSchema = z.looseObject(
  {
    file: z
      .string({ error: 'file must be a path relative to the dump' })
      .refine((p) => !p.startsWith('/') && !/^[a-z]:/i.test(p) && !p.includes('\\') && !p.split('/').includes('..'), {
        error: 'file must be a path inside the folder beside the dump, written with / and without ..',
      })
      .refine((p) => PICTURE_FILE_NAME.test(p.slice(p.lastIndexOf('/') + 1)), {
        error: 'file must name a picture as Dramalog keeps it (its SHA-256 and type, e.g. journal-pictures/3f…a9.jpg)',
      }),
  },
  { error: 'each picture must be an object' },
);

const listSchema = z.strictObject(
  {
    id: id('id'),
    name: z.unknown(),
    description: z.unknown(),
    public: z.unknown(),
    items: z.array(
      z.strictObject(
        { dramaId: id('dramaId'), note: text('note', { max: MAX_LIST_NOTE }) },
        { error: 'each item must be an object with a dramaId and a note' },
      ),
      { error: 'items must be a list' },
    ),
    createdAt: timestamp('createdAt'),
    updatedAt: timestamp('updatedAt'),
  },
  { error: 'each list must be an object' },
);

/** A checked list: the dump's own shape, once its dramas are known to be in the dump, each once, and its name its own. */
type CheckedList = DumpList;

function checkLists(raw: unknown[], dramaIds: Set<number>): CheckedList[] {
  const names = new Map<string, string>();
  const lists = raw.map((rawList, index) => {
    const name = (rawList as { name?: unknown })?.name;
    const where = `lists[${index}]${typeof name === 'string' ? ` (${JSON.stringify(name)})` : ''}`;
    const list = check(listSchema, rawList, where);
    const fields = check(listCreateSchema, { name: list.name, description: list.description, public: list.public }, where);
    if (fields.name !== list.name) failWith(`${where}.name: name must not start or end with spaces`);
    const key = fields.name.toLowerCase();
    if (names.has(key)) failWith(`${where}.name: the name ${fields.name} is used by ${names.get(key)} too`);
    names.set(key, where);
    const seen = new Set<number>();
    list.items.forEach((item, j) => {
      if (!dramaIds.has(item.dramaId)) failWith(`${where}.items[${j}].dramaId: drama ${item.dramaId} is not in the dump`);
      if (seen.has(item.dramaId)) failWith(`${where}.items[${j}].dramaId: drama ${item.dramaId} is in the list twice`);
      seen.add(item.dramaId);
    });
    return {
      id: list.id,
      name: fields.name,
      description: fields.description ?? '',
      public: fields.public ?? false,
      items: list.items,
      createdAt: list.createdAt,
      updatedAt: list.updatedAt,
    };
  });
  refuseRepeats(lists.map((l, index) => ({ id: l.id, where: `lists[${index}].id`, what: 'list id' })));
  return lists;
}

/** A checked drama: the dump's own values (not trimmed or rewritten), known to be valid. */
interface CheckedDrama extends DramaRelease {
  /** How messages name the record: `dramas[3] ("Soundtrack #2")`. */
  label: string;
  id: number;
  episodeMinutes: number;
  watch: WatchRecord;
  review: null | (Omit<ReviewContent, 'pictures'> & { pictures: StoredPicture[]; state: string; createdAt: string; updatedAt: string });
  notes: { id: number; episode: number | null; text: string; createdAt: string; updatedAt: string }[];
  cast: { actor: string; character: string | null; role: string }[];
  revisions: { id: number; startedAt: string; savedAt: string; restoredFrom: number | null; content: ReviewContent }[];
  /** Null in a dump made before the diary. */
  diary: PublicDiaryEntry[] | null;
  /** The cover's bytes, of the length and type the dump says; read as a picture in checkDump's last step. */
  cover: null | { addedAt: string; bytes: Buffer };
  episodeLog: EpisodeLogEntry[];
  createdAt: string;
  updatedAt: string;
}

/** Picture files named in the dump: each must be beside it, and is kept under its own name. */
class PictureFiles {
  readonly found = new Map<string, string>();

  constructor(private readonly folder: string) {}

  /** Checks the pictures' paths and files, and answers them as the journal stores them. */
  take(list: unknown[], where: string): StoredPicture[] {
    return list.map((raw, index) => {
      const at = `${where}.pictures[${index}]`;
      const { file, ...rest } = check(picturePathSchema, raw, at) as { file: string } & Record<string, unknown>;
      const path = join(this.folder, ...file.split('/'));
      if (!existsSync(path)) failWith(`${at}.file: ${file} is not in ${this.folder}`);
      const name = file.slice(file.lastIndexOf('/') + 1);
      this.found.set(name, path);
      return { file: name, ...rest } as unknown as StoredPicture;
    });
  }
}

function checkDrama(raw: unknown, index: number, pictures: PictureFiles): CheckedDrama {
  const title = (raw as { title?: unknown })?.title;
  const where = `dramas[${index}]${typeof title === 'string' ? ` (${JSON.stringify(title)})` : ''}`;
  const drama = check(dramaSchema, raw, where);
  const fields = check(
    dramaCreateSchema,
    {
      title: drama.title,
      nativeTitle: drama.nativeTitle,
      platforms: drama.platforms,
      aired: drama.aired,
      episodes: drama.episodes,
      genres: drama.genres,
      episodeMinutes: drama.episodeMinutes,
    },
    where,
  );
  check(watchRecordSchema, drama.watch, `${where}.watch`);
  const watch = drama.watch as WatchRecord;
  try {
    mergeWatch(watch, {}, fields.episodes ?? null);
  } catch (error) {
    failWith(`${where}.watch: ${(error as Error).message}`);
  }

  let review: CheckedDrama['review'] = null;
  if (drama.review !== null) {
    const { createdAt, updatedAt, pictures: rawPictures, ...content } = check(reviewEnvelopeSchema, drama.review, `${where}.review`);
    const stored = pictures.take(rawPictures, `${where}.review`);
    const valid = checkContent({ ...content, pictures: stored }, drama.id, `${where}.review`);
    if (valid.state === 'final') {
      if (!valid.grade) failWith(`${where}.review.grade: a final review needs a grade`);
      if (!valid.reviewer.name) failWith(`${where}.review.reviewer.name: a final review needs the reviewer's name`);
      guard(`${where}.review`, () => checkPicturesCanBeFinal(stored));
    }
    review = { ...(content as Omit<NonNullable<CheckedDrama['review']>, 'pictures' | 'createdAt' | 'updatedAt'>), pictures: stored, createdAt, updatedAt };
  }

  const notes = drama.notes.map((rawNote, j) => {
    const note = check(noteSchema, rawNote, `${where}.notes[${j}]`);
    check(noteAddSchema, { dramaId: drama.id, episode: note.episode, text: note.text }, `${where}.notes[${j}]`);
    if (typeof note.episode === 'number' && fields.episodes != null && note.episode > fields.episodes) {
      failWith(`${where}.notes[${j}].episode: episode must be from 1 to ${fields.episodes}, the drama's episode count`);
    }
    return note as CheckedDrama['notes'][number];
  });

  const revisions = drama.revisions.map((rawRevision, j) => {
    const at = `${where}.revisions[${j}]`;
    const revision = check(revisionSchema, rawRevision, at);
    const { pictures: rawPictures, ...content } = revision.content;
    const stored = pictures.take(rawPictures, `${at}.content`);
    // A revision is any saved state of the text, so it is checked as a draft would be.
    checkContent({ ...content, pictures: stored, state: 'draft' }, drama.id, `${at}.content`);
    const kept = { ...content, pictures: stored } as unknown as ReviewContent;
    return { id: revision.id, startedAt: revision.startedAt, savedAt: revision.savedAt, restoredFrom: revision.restoredFrom, content: kept };
  });

  const diary = drama.diary ? checkDiary(drama.diary, watch, where) : null;
  const episodeLog = (drama.episodeLog ?? []).map((raw, j) => {
    const entry = check(episodeLogEntrySchema, raw, `${where}.episodeLog[${j}]`) as EpisodeLogEntry;
    if (fields.episodes != null && entry.episode > fields.episodes) {
      failWith(`${where}.episodeLog[${j}].episode: episode must be from 1 to ${fields.episodes}, the drama's episode count`);
    }
    return entry;
  });

  let cover: CheckedDrama['cover'] = null;
  if (drama.cover !== undefined && drama.cover !== null) {
    const { type, size, addedAt, data } = check(coverSchema, drama.cover, `${where}.cover`);
    const bytes = Buffer.from(data, 'base64');
    if (bytes.length !== size) failWith(`${where}.cover.data: the picture is ${bytes.length} bytes long, not ${size}: it was cut short or changed after the dump`);
    const found = pictureTypeOf(bytes);
    if (found && PICTURE_TYPES[found] !== type) failWith(`${where}.cover.type: the picture is ${PICTURE_TYPES[found]}, not ${type}`);
    cover = { addedAt, bytes };
  }

  return {
    label: where,
    id: drama.id,
    title: drama.title as string,
    // A field not known yet is null in the dump (an empty list for platforms and genres).
    nativeTitle: fields.nativeTitle ?? null,
    platforms: fields.platforms ?? [],
    aired: fields.aired ?? { year: null, month: null },
    episodes: fields.episodes ?? null,
    genres: fields.genres ?? [],
    episodeMinutes: drama.episodeMinutes,
    watch,
    review,
    notes,
    cast: drama.cast,
    revisions,
    diary,
    episodeLog,
    cover,
    createdAt: drama.createdAt,
    updatedAt: drama.updatedAt,
  };
}

/** Reads and resizes a drama's cover as any new cover is; a picture that cannot be read refuses the dump, naming the drama. */
async function prepareDumpCover(bytes: Buffer, drama: CheckedDrama): Promise<PreparedCover> {
  try {
    return await prepareCover(bytes, `the cover of ${drama.title}`);
  } catch (error) {
    if (error instanceof JournalError) failWith(`${drama.label}.cover: ${error.message}`);
    throw error;
  }
}

/** The diary as written, its last entry the watch record and its rewatches as many as the record counts. */
function checkDiary(raw: unknown[], watch: WatchRecord, where: string): PublicDiaryEntry[] {
  const entries = raw.map((entry, j) => {
    const checked = check(diaryEntrySchema, entry, `${where}.diary[${j}]`) as PublicDiaryEntry;
    if (checked.startedOn && checked.finishedOn && checked.finishedOn < checked.startedOn) {
      failWith(`${where}.diary[${j}].finishedOn: finishedOn cannot be before startedOn`);
    }
    return checked;
  });
  const latest = entries[entries.length - 1];
  if (!latest) failWith(`${where}.diary: the diary must hold at least the watch record`);
  if (latest.status !== watch.status || latest.startedOn !== watch.startedOn || latest.finishedOn !== watch.finishedOn) {
    failWith(`${where}.diary: its last entry must be the watch record (status, startedOn and finishedOn as in watch)`);
  }
  const rewatches = entries.filter((e) => e.rewatch).length;
  if (rewatches !== watch.rewatches) {
    failWith(`${where}.diary: it holds ${rewatches} rewatch${rewatches === 1 ? '' : 'es'}, but watch.rewatches says ${watch.rewatches}`);
  }
  return entries;
}

/** A review's content, checked as a save of it would be (pictures inside their sections included). */
function checkContent(content: Record<string, unknown>, dramaId: number, where: string) {
  const valid = check(reviewSaveSchema, { dramaId, ...content }, where);
  guard(where, () => checkPicturePlaces(valid.pictures ?? [], valid));
  return valid;
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
      `INSERT INTO reviews (drama_id, grade, reviewer_name, reviewer_location, intro, story, closing, pictures, state, created_at, updated_at)
       VALUES (@dramaId, @grade, @name, @location, @intro, @story, @closing, @pictures, @state, @createdAt, @updatedAt)`,
    ),
    note: db.prepare(
      'INSERT INTO notes (id, drama_id, episode, text, created_at, updated_at) VALUES (@id, @dramaId, @episode, @text, @createdAt, @updatedAt)',
    ),
    cast: db.prepare(
      'INSERT INTO cast_members (drama_id, actor, character, role, position) VALUES (@dramaId, @actor, @character, @role, @position)',
    ),
    diaryEntry: db.prepare(
      `INSERT INTO diary_entries (drama_id, seq, status, started_on, finished_on, rewatch, note)
       VALUES (@dramaId, @seq, @status, @startedOn, @finishedOn, @rewatch, @note)`,
    ),
    episode: db.prepare('INSERT INTO episode_log (drama_id, episode, watched_on, grade) VALUES (@dramaId, @episode, @watchedOn, @grade)'),
    revision: db.prepare(
      `INSERT INTO review_revisions (id, drama_id, started_at, saved_at, words, preview, content, restored_from)
       VALUES (@id, @dramaId, @startedAt, @savedAt, @words, @preview, @content, @restoredFrom)`,
    ),
    list: db.prepare(
      'INSERT INTO lists (id, name, description, public, created_at, updated_at) VALUES (@id, @name, @description, @public, @createdAt, @updatedAt)',
    ),
    listItem: db.prepare('INSERT INTO list_items (list_id, drama_id, position, note) VALUES (@listId, @dramaId, @position, @note)'),
    cover: db.prepare(
      `INSERT INTO drama_covers (drama_id, file, width, height, web_file, thumb_file, added_at)
       VALUES (@dramaId, @file, @width, @height, @webFile, @thumbFile, @addedAt)`,
    ),
  };
}

type Statements = ReturnType<typeof statements>;

function insertList(insert: Statements, list: CheckedList): void {
  const { items, ...row } = list;
  insert.list.run({ ...row, public: list.public ? 1 : 0 });
  items.forEach((item, index) => insert.listItem.run({ listId: list.id, dramaId: item.dramaId, position: index + 1, note: item.note }));
}

function insertDrama(journal: Journal, insert: Statements, drama: CheckedDrama): void {
  insert.drama.run({
    id: drama.id,
    title: drama.title,
    nativeTitle: drama.nativeTitle,
    platforms: JSON.stringify(drama.platforms),
    year: drama.aired.year,
    month: drama.aired.month,
    episodes: drama.episodes,
    genres: JSON.stringify(drama.genres),
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
      pictures: JSON.stringify(review.pictures),
      state: review.state,
      createdAt: review.createdAt,
      updatedAt: review.updatedAt,
    });
  }
  for (const note of drama.notes) insert.note.run({ ...note, dramaId: drama.id });
  drama.cast.forEach((member, index) =>
    insert.cast.run({ dramaId: drama.id, actor: member.actor, character: member.character, role: member.role, position: index + 1 }),
  );
  if (drama.diary) {
    drama.diary.forEach((entry, seq) => insert.diaryEntry.run({ ...entry, dramaId: drama.id, seq, rewatch: entry.rewatch ? 1 : 0 }));
  } else {
    journal.diary.follow(drama.id);
  }
  for (const entry of drama.episodeLog) insert.episode.run({ ...entry, dramaId: drama.id });
}

function insertRevision(insert: Statements, revision: CheckedDrama['revisions'][number] & { dramaId: number }): void {
  const { content } = revision;
  const sections = [content.intro, content.story, content.closing];
  insert.revision.run({
    id: revision.id,
    dramaId: revision.dramaId,
    startedAt: revision.startedAt,
    savedAt: revision.savedAt,
    words: countWordsIn(sections.flat()),
    preview: previewOf(sections),
    content: contentJson(content),
    restoredFrom: revision.restoredFrom,
  });
}

// ---- messages ------------------------------------------------------------------

/** Validates `value`, or refuses naming where in the dump, which field, and why. */
function check<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(where ? /^$/ : /^\./, '');
  if (issue.code === 'invalid_type' && issue.input === undefined && issue.path.length) {
    return failWith(`${where}${path} is required`);
  }
  const reason =
    issue.code === 'unrecognized_keys'
      ? `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
      : issue.message;
  return failWith(`${where}${path}: ${reason}`);
}

/** Runs a core rule, prefixing its refusal with where in the dump it applies. */
function guard(where: string, rule: () => void): void {
  try {
    rule();
  } catch (error) {
    if (error instanceof JournalError) failWith(`${where}: ${error.message}`);
    throw error;
  }
}

function failWith(message: string): never {
  throw invalidInput(message);
}

function refuseRepeats(ids: { id: number; where: string; what: string }[]): void {
  const seen = new Set<number>();
  for (const { id: value, where, what } of ids) {
    if (seen.has(value)) failWith(`${where}: ${what} ${value} is used twice`);
    seen.add(value);
  }
}

/** JSON.parse's complaint, with the line it is on when the engine gives a position. */
function jsonProblem(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return error.message;
  const line = text.slice(0, Number(position[1])).split('\n').length;
  return `line ${line}: ${error.message}`;
}
