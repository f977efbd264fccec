/**
 * The rows an export plans from (core/site/journal-rows.ts), read again only for
 * the dramas the change log names: after every kind of change, made here or by
 * another process, they are exactly what a full read gives.
 */
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { readPlanRows } from '../../../src-main/core/site/journal-rows';
import { readCredits, readIndex } from '../../../src-main/core/site/read-journal';
import type { Journal } from '../../../src-main/core/journal';
import { openTempJournal, sampleDrama } from '../../support/temp-journal';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function journalOfThree(): Journal {
  const { journal, cleanup } = openTempJournal();
  cleanups.push(cleanup);
  journal.transaction(() => {
    for (const title of ['Moonlit Ferry', 'Winter Letters', 'Night Market']) {
      const { id } = journal.dramas.create({ ...sampleDrama, title });
      journal.reviews.save({ dramaId: id, grade: 'B', reviewer: { name: 'Jill', location: 'USA' }, intro: ['Hi.'], story: ['Yes.'], closing: [], state: 'final' });
      journal.cast.add({ dramaId: id, actor: `Actor ${id}`, character: 'Someone', role: 'lead' });
    }
  });
  return journal;
}

const fullRead = (journal: Journal) => ({ dramas: readIndex(journal), credits: readCredits(journal) });

test('after each change the rows are those of a full read, and unchanged rows are not read again', () => {
  const journal = journalOfThree();
  const first = readPlanRows(journal);
  expect(first).toMatchObject(fullRead(journal));
  // Nothing changed: the same rows, not a new read.
  expect(readPlanRows(journal)).toBe(first);
  const changes: [string, () => void][] = [
    ['a review edited', () => journal.reviews.save({ ...journal.reviews.get(2)!, dramaId: 2, grade: 'A' })],
    ['a drama renamed', () => journal.dramas.update({ id: 1, title: 'Moonlit Ferry Tale' })],
    ['a cast entry added in the middle', () => journal.cast.add({ dramaId: 2, actor: 'Kim Sample', role: 'support', position: 1 })],
    ['a cast entry removed', () => journal.cast.delete(journal.cast.list(3)[0].id)],
    ['a watch record finished', () => journal.dramas.updateWatch({ id: 3, finishedOn: '2025-03-01' })],
    ['a drama deleted', () => journal.dramas.delete(2)],
    ['a drama added', () => journal.dramas.create({ ...sampleDrama, title: 'Fourth' })],
    ['a review deleted', () => journal.reviews.delete(1)],
  ];
  for (const [what, change] of changes) {
    const before = readPlanRows(journal);
    journal.transaction(change);
    const after = readPlanRows(journal);
    expect(after, what).toEqual(fullRead(journal));
    // Rows of dramas that did not change are the very objects read before.
    const kept = before.dramas.filter((d) => after.dramas.includes(d));
    expect(kept.length, what).toBeGreaterThanOrEqual(before.dramas.length - 2);
  }
});

test('a change made by another process is read too', () => {
  const journal = journalOfThree();
  readPlanRows(journal);
  const elsewhere = new BetterSqlite3(journal.path);
  try {
    elsewhere.prepare("UPDATE dramas SET title = 'Renamed elsewhere' WHERE id = 3").run();
    elsewhere.prepare('DELETE FROM cast_members WHERE drama_id = 1').run();
  } finally {
    elsewhere.close();
  }
  const rows = readPlanRows(journal);
  expect(rows).toEqual(fullRead(journal));
  expect(rows.dramas.find((d) => d.id === 3)?.title).toBe('Renamed elsewhere');
});
