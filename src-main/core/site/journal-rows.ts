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
import { type CreditRow, type IndexedDrama, type ListedDrama, readCredits, readIndex, readListed } from './read-journal';

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

/** Each kept row's list fields, read once: a kept row never changes (a changed drama gets a new row). */
const listedOfRow = new WeakMap<IndexedDrama, ListedDrama | null>();

/**
 * The list fields of these reviewed dramas' rows (`readListed`), in the order given, reading
 * only those of rows not seen before: the lists and the actor and year pages of a re-export,
 * or of an export to another folder, read the dramas that changed.
 */
export function listedRows(journal: Journal, dramas: readonly IndexedDrama[]): ListedDrama[] {
  const missing = dramas.filter((drama) => !listedOfRow.has(drama));
  if (missing.length) {
    const read = new Map(readListed(journal, missing).map((listed) => [listed.id, listed]));
    for (const drama of missing) listedOfRow.set(drama, read.get(drama.id) ?? null);
  }
  return dramas.flatMap((drama) => listedOfRow.get(drama) ?? []);
}

/** The earlier rows with those of the `changed` dramas (ascending ids) replaced by what they are now (absent: deleted). */
export function updated(previous: PlanRows, changed: readonly number[], dramas: readonly IndexedDrama[], credits: readonly CreditRow[]): PlanRows {
  return {
    dramas: replaceById(previous.dramas, changed, dramas, (d) => d.id, () => false),
    // Most edits leave the cast as it was: the earlier list itself then, so what is made from it (the site's actors) is made once.
    credits: replaceById(previous.credits, changed, credits, (c) => c[1], sameRow),
  };
}

const sameRow = (a: CreditRow, b: CreditRow) => a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * A list sorted by drama id with the entries of the `changed` dramas (ascending) replaced by
 * `fresh` (sorted the same way); equal ids keep their order. The list itself when every
 * changed drama's entries are the `same` as before. Found by halving, as an export follows
 * a few changes among thousands of dramas.
 */
function replaceById<T>(old: readonly T[], changed: readonly number[], fresh: readonly T[], idOf: (item: T) => number, same: (a: T, b: T) => boolean): readonly T[] {
  const firstAtLeast = (list: readonly T[], id: number, from: number) => {
    let lo = from;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (idOf(list[mid]) < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Per changed drama: where its entries are in the old list and in the fresh one.
  const ranges: [oldFrom: number, oldTo: number, freshFrom: number, freshTo: number][] = [];
  let unchanged = true;
  let oldAt = 0;
  let freshAt = 0;
  for (const id of changed) {
    const oldFrom = firstAtLeast(old, id, oldAt);
    const oldTo = (oldAt = firstAtLeast(old, id + 1, oldFrom));
    const freshFrom = firstAtLeast(fresh, id, freshAt);
    const freshTo = (freshAt = firstAtLeast(fresh, id + 1, freshFrom));
    ranges.push([oldFrom, oldTo, freshFrom, freshTo]);
    if (unchanged && (oldTo - oldFrom !== freshTo - freshFrom || fresh.slice(freshFrom, freshTo).some((item, i) => !same(old[oldFrom + i], item)))) unchanged = false;
  }
  if (unchanged) return old;
  const merged: T[] = [];
  let next = 0;
  for (const [oldFrom, oldTo, freshFrom, freshTo] of ranges) {
    for (let i = next; i < oldFrom; i += 1) merged.push(old[i]);
    for (let i = freshFrom; i < freshTo; i += 1) merged.push(fresh[i]);
    next = oldTo;
  }
  for (let i = next; i < old.length; i += 1) merged.push(old[i]);
  return merged;
}
