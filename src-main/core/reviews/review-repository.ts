import type { Database } from 'better-sqlite3';
import { isoNow, type Clock } from '../clock';
import { invalidInput, notFound } from '../errors';
import type { Review, ReviewSaveInput } from '../model';
import { type ReviewRow, toReview } from '../dramas/rows';

export class ReviewRepository {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Creates the drama's review or replaces its content; created time is kept. */
  save(input: ReviewSaveInput, times?: { createdAt?: string; updatedAt?: string }): Review {
    if (input.state === 'final') {
      if (!input.grade) throw invalidInput('grade is required before a review can be final');
      if (!input.reviewer.name) throw invalidInput('reviewer name is required before a review can be final');
    }
    this.assertDrama(input.dramaId);
    const now = isoNow(this.clock);
    this.db
      .prepare(
        `INSERT INTO reviews (drama_id, grade, reviewer_name, reviewer_location, intro, story, closing, state, created_at, updated_at)
         VALUES (@dramaId, @grade, @name, @location, @intro, @story, @closing, @state, @createdAt, @updatedAt)
         ON CONFLICT (drama_id) DO UPDATE SET grade = excluded.grade, reviewer_name = excluded.reviewer_name,
           reviewer_location = excluded.reviewer_location, intro = excluded.intro, story = excluded.story,
           closing = excluded.closing, state = excluded.state, updated_at = excluded.updated_at`,
      )
      .run({
        dramaId: input.dramaId,
        grade: input.grade,
        name: input.reviewer.name,
        location: input.reviewer.location,
        intro: JSON.stringify(input.intro),
        story: JSON.stringify(input.story),
        closing: JSON.stringify(input.closing),
        state: input.state,
        createdAt: times?.createdAt ?? now,
        updatedAt: times?.updatedAt ?? now,
      });
    return this.get(input.dramaId)!;
  }

  get(dramaId: number): Review | null {
    const row = this.db.prepare('SELECT * FROM reviews WHERE drama_id = ?').get(dramaId) as ReviewRow | undefined;
    return row ? toReview(row) : null;
  }

  delete(dramaId: number): void {
    const { changes } = this.db.prepare('DELETE FROM reviews WHERE drama_id = ?').run(dramaId);
    if (!changes) throw notFound(`drama ${dramaId} has no review`);
  }

  private assertDrama(dramaId: number): void {
    if (!this.db.prepare('SELECT 1 FROM dramas WHERE id = ?').get(dramaId)) {
      throw notFound(`there is no drama with id ${dramaId}`);
    }
  }
}
