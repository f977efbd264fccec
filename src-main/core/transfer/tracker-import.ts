import { DEFAULT_WATCH, mergeWatch } from '../dramas/watch-rules';
import { invalidInput, JournalError } from '../common/errors';
import type { Journal } from '../journal';
import type {
  DramaCreateInput,
  TrackerImportInput,
  TrackerImportPreview,
  TrackerImportReport,
  TrackerImportRow,
  TrackerKind,
} from '../common/model';
import { parseInput } from '../common/validation/parse';
import { dramaCreateSchema, noteAddSchema } from '../common/validation/schemas';
import { parseCsv } from './csv';
import { letterboxdColumns, looksLikeLetterboxd, readLetterboxd } from './letterboxd';
import { looksLikeMyDramaList, mydramalistColumns, readMyDramaList } from './mydramalist';
import { STAR_RULE, TEN_POINT_RULE } from './rating-rule';
import { badLine } from './tracker-columns';
import { TRACKER_NAMES, type TrackerEntry, type TrackerReading } from './tracker-entry';

/** Reads a tracker CSV and shows what importing it into `journal` would do, without writing anything. */
export function previewTrackerImport(journal: Journal, input: TrackerImportInput): TrackerImportPreview {
  return planTrackerImport(input, (title, year) => journal.dramas.findIdByTitleAndYear(title, year) ?? undefined);
}

/**
 * The preview, given a way to find a drama already in the journal by title and
 * air year (`() => undefined` for a journal that does not exist yet).
 */
export function planTrackerImport(
  input: TrackerImportInput,
  findExisting: (title: string, year: number | null) => number | undefined,
): TrackerImportPreview {
  const records = parseCsv(input.text);
  if (!records.length) throw invalidInput('the file is empty: expected a header line naming the columns');
  const [header, ...rows] = records;
  const { kind, reading } = readTracker(header, rows, input.kind ?? 'auto');
  const skipped = [...reading.skipped];
  const planned: TrackerImportRow[] = [];
  for (const entry of reading.entries) {
    const id = findExisting(entry.title, entry.year);
    if (id !== undefined) {
      skipped.push({ line: entry.line, reason: `"${entry.title}"${entry.year === null ? '' : ` (${entry.year})`} is already in your journal` });
      continue;
    }
    planned.push(toRow(kind, entry));
  }
  return {
    kind,
    ratingRule: kind === 'letterboxd' ? STAR_RULE : TEN_POINT_RULE,
    rows: planned,
    skipped: skipped.sort((a, b) => a.line - b.line),
  };
}

/**
 * Imports a tracker CSV in one transaction: every row the preview lists is saved
 * (drama, a draft review holding the grade, a private note), or, if anything
 * fails, nothing is.
 */
export function importTrackerCsv(journal: Journal, input: TrackerImportInput): TrackerImportReport {
  return journal.transaction(() => {
    const preview = previewTrackerImport(journal, input);
    const settings = journal.settings.get();
    const imported = preview.rows.map((row) => {
      try {
        const drama = journal.dramas.create(row.drama);
        if (row.viewings) journal.diary.recordViewings(drama.id, row.viewings);
        if (row.grade) {
          journal.reviews.save({
            dramaId: drama.id,
            grade: row.grade,
            reviewer: { name: settings.reviewerName, location: settings.reviewerLocation },
            intro: [],
            story: [],
            closing: [],
            state: 'draft',
          });
        }
        journal.notes.add({ dramaId: drama.id, episode: null, text: row.note });
        return { line: row.line, dramaId: drama.id, title: drama.title };
      } catch (error) {
        throw error instanceof JournalError ? badLine(row.line, error.message) : error;
      }
    });
    return { ...preview, imported };
  });
}

function readTracker(
  header: ReturnType<typeof parseCsv>[number],
  rows: ReturnType<typeof parseCsv>,
  wanted: TrackerKind | 'auto',
): { kind: TrackerKind; reading: TrackerReading } {
  const letterboxd = letterboxdColumns(header);
  const mydramalist = mydramalistColumns(header);
  let kind: TrackerKind;
  if (wanted !== 'auto') kind = wanted;
  else if (looksLikeMyDramaList(mydramalist)) kind = 'mydramalist';
  else if (looksLikeLetterboxd(letterboxd)) kind = 'letterboxd';
  else {
    throw badLine(
      header.line,
      'this header is neither a Letterboxd diary (Date, Name, Year, Rating, Rewatch, Tags, Watched Date) ' +
        'nor a MyDramaList list export (Title, Status, Episodes Seen, Score)',
    );
  }
  const reading = kind === 'letterboxd' ? readLetterboxd(letterboxd, rows) : readMyDramaList(mydramalist, rows);
  return { kind, reading };
}

/**
 * The drama a tracker row becomes, checked as strictly as the app checks a new drama. What the
 * file does not say stays unknown (no stand-ins): the drama and its review can be filled in later,
 * and publishing asks for what is still missing (common/validation/publish-rules.ts).
 */
function toRow(kind: TrackerKind, entry: TrackerEntry): TrackerImportRow {
  const assumed = [...entry.assumed];
  const candidate: DramaCreateInput = {
    title: entry.title,
    nativeTitle: entry.nativeTitle,
    platforms: dedupe(entry.platforms),
    aired: { year: entry.year, month: entry.year === null ? null : entry.month },
    episodes: entry.episodes,
    genres: dedupe(entry.genres),
    watch: { ...entry.watch },
  };
  const note = noteFor(kind, entry, assumed);
  try {
    const drama = parseInput(dramaCreateSchema, candidate);
    mergeWatch(DEFAULT_WATCH, drama.watch ?? {}, drama.episodes ?? null);
    parseInput(noteAddSchema, { dramaId: 1, episode: null, text: note });
    return {
      line: entry.line,
      drama,
      grade: entry.rating?.grade ?? null,
      rating: entry.rating?.text ?? null,
      assumed,
      mergedLines: entry.mergedLines,
      viewings: entry.viewings,
      note,
    };
  } catch (error) {
    throw error instanceof JournalError ? badLine(entry.line, error.message) : error;
  }
}

function noteFor(kind: TrackerKind, entry: TrackerEntry, assumed: string[]): string {
  const lines = [
    `Imported from ${TRACKER_NAMES[kind]}, line ${[entry.line, ...entry.mergedLines].join(', ')}.`,
  ];
  if (assumed.length) lines.push(`To check (the file did not say): ${assumed.join('; ')}.`);
  if (entry.rating) lines.push(`Rating in the file: ${entry.rating.text} → grade ${entry.rating.grade}.`);
  if (entry.extra) lines.push(entry.extra);
  return lines.join('\n');
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
}
