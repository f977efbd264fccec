/**
 * The journal rows planning starts from (every drama's light row, every cast
 * entry), kept in memory between exports and brought up to date from the
 * journal's change log (migration 0009): triggers number each change to a
 * drama, its review, its cast or its cover, so a re-export after one edit reads
 * that drama's rows again, not ten thousand. The rows are the journal's, not a
 * folder's: what an export did with them (cancelled, failed, to another folder)
 * does not matter, and a change made by another process is logged like any other.
 * A new process, or a journal with much changed, reads everything.
 */
import type { Database } from 'better-sqlite3';
import type { Journal } from '../journal';
import { type CreditRow, type IndexedDrama, readCredits, readIndex } from './read-journal';

export interface PlanRows {
  /** Every drama, in id order. */
  dramas: readonly IndexedDrama[];
  /** Every cast entry, by drama id, in cast order. */
  credits: readonly CreditRow[];
}

interface Kept {
  /** The change log's latest number when these rows were read. */
  mark: number;
  rows: PlanRows;
}

const kept = new WeakMap<Database, Kept>();
/** With more than this share of the dramas changed, one read of everything is as quick. */
const FULL_READ_SHARE = 0.1;

/** The rows as the journal holds them now. Never changed in place: an export may keep the previous ones. */
export function readPlanRows(journal: Journal): PlanRows {
  const { db } = journal;
  // One snapshot: the number and the rows read at the same moment, whatever another process commits meanwhile.
  return db.transaction(() => {
    const mark = db.prepare('SELECT coalesce(max(seq), 0) FROM site_changes').pluck().get() as number;
    const previous = kept.get(db);
    if (previous?.mark === mark) return previous.rows;
    const changed = previous && previous.mark < mark ? (db.prepare('SELECT drama_id FROM site_changes WHERE seq > ? ORDER BY drama_id').pluck().all(previous.mark) as number[]) : null;
    const rows =
      previous && changed && changed.length <= previous.rows.dramas.length * FULL_READ_SHARE + 16
        ? updated(previous.rows, changed, readIndex(journal, changed), readCredits(journal, changed))
        : { dramas: readIndex(journal), credits: readCredits(journal) };
    kept.set(db, { mark, rows });
    return rows;
  })();
}

/** The earlier rows with those of the `changed` dramas (ascending ids) replaced by what they are now (absent: deleted). */
export function updated(previous: PlanRows, changed: readonly number[], dramas: readonly IndexedDrama[], credits: readonly CreditRow[]): PlanRows {
  const gone = new Set(changed);
  return {
    dramas: mergeById(previous.dramas, dramas, (d) => d.id, gone),
    credits: mergeById(previous.credits, credits, (c) => c[1], gone),
  };
}

/** Merges two lists sorted by drama id, leaving out the old entries of the `replaced` dramas; equal ids keep their order. */
function mergeById<T>(old: readonly T[], fresh: readonly T[], idOf: (item: T) => number, replaced: ReadonlySet<number>): T[] {
  const merged: T[] = [];
  let next = 0;
  for (const item of old) {
    const id = idOf(item);
    while (next < fresh.length && idOf(fresh[next]) < id) merged.push(fresh[next++]);
    if (!replaced.has(id)) merged.push(item);
  }
  while (next < fresh.length) merged.push(fresh[next++]);
  return merged;
}
