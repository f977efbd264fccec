import type { Database } from 'better-sqlite3';
import { isoNow, type Clock } from '../clock';
import { type CoreError, gone, invalidInput, invalidInputs, JournalError, notFound } from '../common/errors';
import type { Review, ReviewContent, ReviewSaveInput, ReviewState } from '../common/model';
import { publishProblems } from '../common/validation/publish-rules';
import { type DramaRow, releaseOf, type ReviewRow, toReview } from '../dramas/rows';
import { checkPicturePlaces, checkPicturesCanBeFinal, clampPicturePlaces } from './picture-rules';
import type { RevisionRepository } from './revision-repository';

/** What a final review needs in its own fields, whatever the journal holds: each thing missing. */
function gradeAndReviewerProblems(content: Pick<ReviewContent, 'grade' | 'reviewer'>): CoreError[] {
  const problems: CoreError[] = [];
  if (!content.grade) problems.push({ code: 'invalid-input', message: 'grade is required before a review can be final', field: 'grade' });
  if (!content.reviewer.name.trim()) {
    problems.push({ code: 'invalid-input', message: 'reviewer name is required before a review can be final', field: 'reviewer.name' });
  }
  return problems;
}

/** Every problem at once, in one refusal: a single one as it is, several summed up. */
function refuseFinal(problems: CoreError[]): never {
  if (problems.length === 1) throw invalidInput(problems[0]!.message, { field: problems[0]!.field, problems });
  throw invalidInputs(`the review cannot be final yet: ${problems.map((p) => p.message).join('; ')}`, problems);
}

function checkGradeAndReviewer(content: Pick<ReviewContent, 'grade' | 'reviewer'>): void {
  const problems = gradeAndReviewerProblems(content);
  if (problems.length) refuseFinal(problems);
}

/** What a final review needs; throws the first thing missing. */
function checkCanBeFinal(content: ReviewContent): void {
  checkGradeAndReviewer(content);
  checkPicturesCanBeFinal(content.pictures);
}

function canBeFinal(content: ReviewContent): boolean {
  try {
    checkCanBeFinal(content);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reviews, and through `revisions` their history: every save that changes the
 * content keeps it as a revision (see revision-repository.ts for how close saves
 * share one), in the same transaction as the save.
 */
export class ReviewRepository {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly revisions: RevisionRepository,
  ) {}

  /** Creates the drama's review or replaces its content; created time is kept. */
  save(input: ReviewSaveInput, times?: { createdAt?: string; updatedAt?: string }, options: { restoredFrom?: number } = {}): Review {
    const sections = { intro: input.intro, story: input.story, closing: input.closing };
    if (input.pictures) checkPicturePlaces(input.pictures, sections);
    const content: ReviewContent = {
      grade: input.grade,
      reviewer: input.reviewer,
      ...sections,
      pictures: input.pictures ?? [],
    };
    if (input.state === 'final') {
      // Everything missing at once: the review's own fields, and, when it becomes final, what its
      // drama still lacks for publishing (a drama may be added with only its English title).
      const problems = gradeAndReviewerProblems(input);
      if (this.get(input.dramaId)?.state !== 'final') problems.push(...this.releaseProblems(input.dramaId));
      if (problems.length) refuseFinal(problems);
    }
    this.assertDrama(input.dramaId);
    if (!input.pictures) {
      // Pictures left out stay where they were, kept inside sections that may have shrunk.
      content.pictures = clampPicturePlaces(this.get(input.dramaId)?.pictures ?? [], sections);
    }
    if (input.state === 'final') checkCanBeFinal(content);
    if (input.baseUpdatedAt !== undefined && (this.get(input.dramaId)?.updatedAt ?? null) !== input.baseUpdatedAt) {
      throw new JournalError('conflict', 'this review was saved from another window since this text was opened; nothing was saved over it');
    }
    const now = isoNow(this.clock);
    const updatedAt = times?.updatedAt ?? now;
    // The review and its revision land together, even when no caller wraps this in a transaction.
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO reviews (drama_id, grade, reviewer_name, reviewer_location, intro, story, closing, pictures, state, created_at, updated_at)
           VALUES (@dramaId, @grade, @name, @location, @intro, @story, @closing, @pictures, @state, @createdAt, @updatedAt)
           ON CONFLICT (drama_id) DO UPDATE SET grade = excluded.grade, reviewer_name = excluded.reviewer_name,
             reviewer_location = excluded.reviewer_location, intro = excluded.intro, story = excluded.story,
             closing = excluded.closing, pictures = excluded.pictures, state = excluded.state, updated_at = excluded.updated_at`,
        )
        .run({
          dramaId: input.dramaId,
          grade: input.grade,
          name: input.reviewer.name,
          location: input.reviewer.location,
          intro: JSON.stringify(input.intro),
          story: JSON.stringify(input.story),
          closing: JSON.stringify(input.closing),
          pictures: JSON.stringify(content.pictures),
          state: input.state,
          createdAt: times?.createdAt ?? now,
          updatedAt,
        });
      this.revisions.record(input.dramaId, content, updatedAt, { ...options, separate: input.separateRevision });
    })();
    return this.get(input.dramaId)!;
  }

  /**
   * Brings back a revision's content as the drama's review, itself kept as a new
   * revision. A final review stays final when the restored content may be final;
   * otherwise (or with no review now) it becomes a draft.
   */
  restore(revisionId: number): Review {
    const revision = this.revisions.get(revisionId);
    const current = this.get(revision.dramaId);
    const { content } = revision;
    const state: ReviewState = current?.state === 'final' && canBeFinal(content) ? 'final' : 'draft';
    return this.save({ dramaId: revision.dramaId, ...content, state }, undefined, { restoredFrom: revisionId });
  }

  get(dramaId: number): Review | null {
    const row = this.db.prepare('SELECT * FROM reviews WHERE drama_id = ?').get(dramaId) as ReviewRow | undefined;
    return row ? toReview(row) : null;
  }

  /** The picture files any review names. */
  pictureFiles(): string[] {
    return this.db
      .prepare(`SELECT DISTINCT json_extract(p.value, '$.file') FROM reviews, json_each(reviews.pictures) AS p`)
      .pluck()
      .all() as string[];
  }

  delete(dramaId: number): void {
    const { changes } = this.db.prepare('DELETE FROM reviews WHERE drama_id = ?').run(dramaId);
    if (!changes) throw notFound('That drama has no review to delete.');
  }

  /** What the drama lacks for publishing; none when there is no such drama (refused as not found). */
  private releaseProblems(dramaId: number): CoreError[] {
    const row = this.db.prepare('SELECT * FROM dramas WHERE id = ?').get(dramaId) as DramaRow | undefined;
    return row ? publishProblems(releaseOf(row)) : [];
  }

  private assertDrama(dramaId: number): void {
    if (!this.db.prepare('SELECT 1 FROM dramas WHERE id = ?').get(dramaId)) {
      throw gone('drama');
    }
  }
}
