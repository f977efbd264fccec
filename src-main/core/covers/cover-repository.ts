import type { Database } from 'better-sqlite3';
import { isoNow, type Clock } from '../clock';
import { gone } from '../common/errors';
import type { Cover } from '../common/types/covers';

interface CoverRow {
  drama_id: number;
  file: string;
  width: number;
  height: number;
  web_file: string;
  thumb_file: string;
  added_at: string;
}

const toCover = (row: CoverRow): Cover => ({
  file: row.file,
  width: row.width,
  height: row.height,
  webFile: row.web_file,
  thumbFile: row.thumb_file,
  addedAt: row.added_at,
});

/** The drama_covers table (journal version 6): which files are each drama's cover. */
export class CoverRepository {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  get(dramaId: number): Cover | null {
    const row = this.db.prepare('SELECT * FROM drama_covers WHERE drama_id = ?').get(dramaId) as CoverRow | undefined;
    return row ? toCover(row) : null;
  }

  /** The covers of these dramas, by drama id; dramas without one are left out. */
  many(dramaIds: readonly number[]): Map<number, Cover> {
    if (!dramaIds.length) return new Map();
    const rows = this.db
      .prepare('SELECT c.* FROM json_each(?) AS wanted JOIN drama_covers c ON c.drama_id = wanted.value')
      .all(JSON.stringify(dramaIds)) as CoverRow[];
    return new Map(rows.map((row) => [row.drama_id, toCover(row)]));
  }

  /** Makes `cover` the drama's cover, replacing any it had; the drama counts as changed. */
  put(dramaId: number, cover: Omit<Cover, 'addedAt'>): Cover {
    const now = isoNow(this.clock);
    this.touch(dramaId, now);
    this.db
      .prepare(
        `INSERT INTO drama_covers (drama_id, file, width, height, web_file, thumb_file, added_at)
         VALUES (@dramaId, @file, @width, @height, @webFile, @thumbFile, @now)
         ON CONFLICT (drama_id) DO UPDATE SET file = excluded.file, width = excluded.width, height = excluded.height,
           web_file = excluded.web_file, thumb_file = excluded.thumb_file, added_at = excluded.added_at`,
      )
      .run({ dramaId, ...cover, now });
    return { ...cover, addedAt: now };
  }

  /** Takes the drama's cover away (its files stay for the unused-picture sweep); answers whether it had one. */
  remove(dramaId: number): boolean {
    const { changes } = this.db.prepare('DELETE FROM drama_covers WHERE drama_id = ?').run(dramaId);
    if (changes) this.touch(dramaId, isoNow(this.clock));
    else if (!this.db.prepare('SELECT 1 FROM dramas WHERE id = ?').get(dramaId)) this.missing();
    return changes > 0;
  }

  /** Every file a cover names, for the unused-picture sweep. */
  files(): string[] {
    return this.db
      .prepare('SELECT file FROM drama_covers UNION SELECT web_file FROM drama_covers UNION SELECT thumb_file FROM drama_covers')
      .pluck()
      .all() as string[];
  }

  private touch(dramaId: number, now: string): void {
    const { changes } = this.db.prepare('UPDATE dramas SET updated_at = ? WHERE id = ?').run(now, dramaId);
    if (!changes) this.missing();
  }

  private missing(): never {
    throw gone('drama');
  }
}
