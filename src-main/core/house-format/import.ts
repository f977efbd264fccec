/**
 * Puts a house-format text file into the journal: a completed drama with its
 * final review (an imported review was already published). All or nothing:
 * a text that does not parse, or fails the journal's own rules, saves nothing.
 */
import type { Journal } from '../journal';
import type { DramaCreateInput, ReviewSaveInput } from '../common/model';
import { parseInput } from '../common/validation/parse';
import { dramaCreateSchema, reviewSaveSchema } from '../common/validation/schemas';
import type { ParsedReview } from '../common/house-format/model';
import { parseHouseReview } from '../common/house-format/parse';
import { replacementOf, type Replacement } from './replacement';

export interface ImportOptions {
  /** Overwrite the drama and review when the journal already has this drama (same title and air date). */
  replace?: boolean;
}

export type ImportStatus = 'created' | 'replaced' | 'skipped';

export interface ImportResult {
  status: ImportStatus;
  dramaId: number;
  title: string;
}

/** What the import dialog shows before anything is saved. */
export interface ImportPreview {
  review: ParsedReview;
  /** The drama this text would replace (same title and air date), if the journal has it. */
  existingDramaId: number | null;
  /** What replacing that drama would change, or null when there is nothing to replace. */
  replaces: Replacement | null;
}

/** Parses without saving; throws the same line-naming error `importReview` would. */
export function previewImport(text: string): ParsedReview {
  return parseHouseReview(text);
}

export function previewImportInto(journal: Journal, text: string): ImportPreview {
  const review = previewImport(text);
  const existing = journal.dramas.findByTitleAndAired(review.title, review.aired);
  return { review, existingDramaId: existing?.id ?? null, replaces: existing ? replacementOf(existing, review) : null };
}

/** The drama and review a parsed text becomes, checked against the journal's rules before any write. */
function journalInputs(parsed: ParsedReview): { drama: DramaCreateInput; review: Omit<ReviewSaveInput, 'dramaId'> } {
  const drama = parseInput(dramaCreateSchema, {
    title: parsed.title,
    nativeTitle: parsed.nativeTitle,
    platforms: parsed.platforms,
    aired: parsed.aired,
    episodes: parsed.episodes,
    genres: parsed.genres,
    watch: { status: 'completed', episodesWatched: parsed.episodes },
  });
  const { dramaId: _placeholder, ...review } = parseInput(reviewSaveSchema, {
    dramaId: 1,
    grade: parsed.grade,
    reviewer: parsed.reviewer,
    intro: parsed.intro,
    story: parsed.story,
    closing: parsed.closing,
    state: 'final',
  });
  return { drama, review };
}

/**
 * Imports one review. The same drama (title and air month) already in the
 * journal is skipped, or with `replace` overwritten in place: it keeps its id,
 * its notes and so its exported page address.
 */
export function importReview(journal: Journal, text: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseHouseReview(text);
  const { drama, review } = journalInputs(parsed);
  return journal.transaction(() => {
    const existing = journal.dramas.findByTitleAndAired(parsed.title, parsed.aired);
    if (existing && !options.replace) return { status: 'skipped', dramaId: existing.id, title: existing.title };
    const saved = existing ? journal.dramas.update({ id: existing.id, ...drama }) : journal.dramas.create(drama);
    journal.reviews.save({ dramaId: saved.id, ...review });
    return { status: existing ? 'replaced' : 'created', dramaId: saved.id, title: saved.title };
  });
}
