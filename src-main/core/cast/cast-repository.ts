import type { Database } from 'better-sqlite3';
import { JournalError, gone, notFound } from '../common/errors';
import type {
  ActorCredit,
  ActorDetail,
  ActorSummary,
  CastAddInput,
  CastAddManyInput,
  CastMember,
  CastRole,
  CastUpdateInput,
  Grade,
  WatchStatus,
} from '../common/model';
import { averageGrade } from '../common/grade-points';

interface CastRow {
  id: number;
  drama_id: number;
  actor: string;
  character: string | null;
  role: CastRole;
  position: number;
}

function toCastMember(row: CastRow): CastMember {
  return {
    id: row.id,
    dramaId: row.drama_id,
    actor: row.actor,
    character: row.character,
    role: row.role,
    position: row.position,
  };
}

/**
 * A drama's cast: actors, the parts they play, lead or support, in order.
 * Positions stay 1, 2, 3 … within a drama: inserting, moving or deleting
 * shifts the others. An actor is the same actor whatever the letter case.
 */
export class CastRepository {
  constructor(private readonly db: Database) {}

  list(dramaId: number): CastMember[] {
    this.dramaTitle(dramaId);
    return (
      this.db.prepare('SELECT * FROM cast_members WHERE drama_id = ? ORDER BY position, id').all(dramaId) as CastRow[]
    ).map(toCastMember);
  }

  get(id: number): CastMember {
    const row = this.db.prepare('SELECT * FROM cast_members WHERE id = ?').get(id) as CastRow | undefined;
    if (!row) throw notFound('That cast member is no longer in the cast; they may have been removed.');
    return toCastMember(row);
  }

  add(input: CastAddInput): CastMember {
    const title = this.dramaTitle(input.dramaId);
    const character = input.character ?? null;
    this.refuseDuplicate(input.dramaId, title, input.actor, character);
    const size = this.size(input.dramaId);
    const position = Math.min(input.position ?? size + 1, size + 1);
    const id = this.db.transaction(() => {
      this.db
        .prepare('UPDATE cast_members SET position = position + 1 WHERE drama_id = ? AND position >= ?')
        .run(input.dramaId, position);
      return this.db
        .prepare('INSERT INTO cast_members (drama_id, actor, character, role, position) VALUES (?, ?, ?, ?, ?)')
        .run(input.dramaId, input.actor, character, input.role ?? 'support', position).lastInsertRowid;
    })();
    return this.get(Number(id));
  }

  /** Adds confirmed suggestions at the end of the cast, in order. */
  addMany(input: CastAddManyInput): CastMember[] {
    return this.db.transaction(() => input.members.map((member) => this.add({ ...member, dramaId: input.dramaId })))();
  }

  update(input: CastUpdateInput): CastMember {
    const current = this.get(input.id);
    const actor = input.actor ?? current.actor;
    const character = input.character === undefined ? current.character : input.character;
    if (actor.toLowerCase() !== current.actor.toLowerCase() || (character ?? '').toLowerCase() !== (current.character ?? '').toLowerCase()) {
      this.refuseDuplicate(current.dramaId, this.dramaTitle(current.dramaId), actor, character, current.id);
    }
    this.db.transaction(() => {
      if (input.position !== undefined && input.position !== current.position) {
        const target = Math.min(input.position, this.size(current.dramaId));
        this.move(current, target);
      }
      this.db
        .prepare('UPDATE cast_members SET actor = ?, character = ?, role = ? WHERE id = ?')
        .run(actor, character, input.role ?? current.role, current.id);
    })();
    return this.get(current.id);
  }

  /** Moves the members at `position` and after one place down, so a member can be put back there. */
  makeRoomAt(dramaId: number, position: number): void {
    this.db.prepare('UPDATE cast_members SET position = position + 1 WHERE drama_id = ? AND position >= ?').run(dramaId, position);
  }

  delete(id: number): void {
    const current = this.get(id);
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM cast_members WHERE id = ?').run(id);
      this.db
        .prepare('UPDATE cast_members SET position = position - 1 WHERE drama_id = ? AND position > ?')
        .run(current.dramaId, current.position);
    })();
  }

  /** Every actor in the journal with how many dramas they are in, by name. */
  actors(): ActorSummary[] {
    return (
      this.db
        .prepare(
          `SELECT min(actor) AS name, count(DISTINCT drama_id) AS dramas,
             count(DISTINCT CASE WHEN role = 'lead' THEN drama_id END) AS leadRoles
           FROM cast_members GROUP BY actor COLLATE NOCASE ORDER BY actor COLLATE NOCASE`,
        )
        .all() as ActorSummary[]
    ).map((a) => ({ name: a.name, dramas: a.dramas, leadRoles: a.leadRoles }));
  }

  /** Every drama in the journal with this actor (any letter case), newest first, with grades. */
  actor(name: string): ActorDetail {
    const rows = this.db
      .prepare(
        `SELECT c.actor, d.id AS dramaId, d.title, d.native_title AS nativeTitle, d.aired_year, d.aired_month,
           d.status, r.grade, c.character, c.role
         FROM cast_members c JOIN dramas d ON d.id = c.drama_id LEFT JOIN reviews r ON r.drama_id = d.id
         WHERE c.actor = ? COLLATE NOCASE
         ORDER BY d.aired_year DESC, d.aired_month DESC, d.title COLLATE NOCASE, c.position`,
      )
      .all(name) as (Omit<ActorCredit, 'aired'> & { actor: string; aired_year: number | null; aired_month: number | null })[];
    if (!rows.length) throw notFound(`no drama in the journal lists ${name} in its cast`);
    const credits: ActorCredit[] = rows.map((r) => ({
      dramaId: r.dramaId,
      title: r.title,
      nativeTitle: r.nativeTitle,
      aired: { year: r.aired_year, month: r.aired_month },
      status: r.status as WatchStatus,
      grade: r.grade as Grade | null,
      character: r.character,
      role: r.role,
    }));
    const gradedOnce = new Map<number, Grade>();
    for (const c of credits) if (c.grade) gradedOnce.set(c.dramaId, c.grade);
    return { name: rows[0].actor, credits, averageGrade: averageGrade([...gradedOnce.values()]) };
  }

  private move(member: CastMember, target: number): void {
    const { dramaId, position } = member;
    if (target < position) {
      this.db
        .prepare('UPDATE cast_members SET position = position + 1 WHERE drama_id = ? AND position >= ? AND position < ?')
        .run(dramaId, target, position);
    } else {
      this.db
        .prepare('UPDATE cast_members SET position = position - 1 WHERE drama_id = ? AND position > ? AND position <= ?')
        .run(dramaId, position, target);
    }
    this.db.prepare('UPDATE cast_members SET position = ? WHERE id = ?').run(target, member.id);
  }

  private size(dramaId: number): number {
    return this.db.prepare('SELECT count(*) FROM cast_members WHERE drama_id = ?').pluck().get(dramaId) as number;
  }

  private dramaTitle(dramaId: number): string {
    const title = this.db.prepare('SELECT title FROM dramas WHERE id = ?').pluck().get(dramaId) as string | undefined;
    if (title === undefined) throw gone('drama');
    return title;
  }

  private refuseDuplicate(dramaId: number, title: string, actor: string, character: string | null, exceptId = 0): void {
    const clash = this.db
      .prepare(
        `SELECT 1 FROM cast_members WHERE drama_id = ? AND id <> ? AND actor = ? COLLATE NOCASE
           AND coalesce(character, '') = ? COLLATE NOCASE`,
      )
      .get(dramaId, exceptId, actor, character ?? '');
    if (clash) {
      const part = character ? ` as ${character}` : '';
      throw new JournalError('conflict', `${actor} is already in the cast of ${title}${part}`);
    }
  }
}
