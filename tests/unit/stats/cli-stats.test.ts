import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { openJournal } from '../../../src-main/core/journal';
import { addArgs, expectOneLine, workspace } from '../cli/harness';

async function journalWithTwoFinished() {
  const ws = workspace();
  await ws.cli('add', ...addArgs({ title: 'Alpha', episodes: '10', genre: ['Romance'], platform: ['Netflix'], status: 'completed' }));
  await ws.cli('add', ...addArgs({ title: 'Bravo', episodes: '6', genre: ['Thriller'], platform: ['tvN'] }));
  const j = ws.journal();
  j.transaction(() => {
    j.dramas.update({ id: 1, watch: { finishedOn: '2024-05-01' } });
    j.dramas.update({ id: 2, episodeMinutes: 30, watch: { status: 'completed', finishedOn: '2023-02-03' } });
    const review = { reviewer: { name: 'J', location: '' }, intro: [], story: [], closing: [], state: 'draft' as const };
    j.reviews.save({ ...review, dramaId: 1, grade: 'A' });
    j.reviews.save({ ...review, dramaId: 2, grade: 'C' });
    j.cast.add({ dramaId: 1, actor: 'Kim Soo Hyun', role: 'lead' });
  });
  j.close();
  return ws;
}

test('dramalog stats prints totals, per-year and per-month counts, grades, genres, platforms and actors', async () => {
  const { cli } = await journalWithTwoFinished();
  const run = await cli('stats');
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  const text = run.stdout;
  expect(text).toContain('All years');
  // 10 × 60 min + 6 × 30 min = 13 hours
  expect(text).toContain('Dramas 2 · finished 2 · episodes watched 16 · hours 13');
  // (4.0 + 2.0) / 2 = 3.0 → B
  expect(text).toContain('Average grade B (3.00) over 2 graded');
  expect(text).toMatch(/Finished per year\n {2}2023 {4}1 {2}█+\n {2}2024 {4}1 {2}█+/);
  expect(text).toContain('  2023-02    1');
  expect(text).toContain('  2024-05    1');
  expect(text).toMatch(/Romance\s+1\s+A \(4\.00\)/);
  expect(text).toMatch(/Kim Soo Hyun\s+1\s+1\s+10/);
});

test('--year shows that year only; --json prints the same figures as data', async () => {
  const { cli } = await journalWithTwoFinished();
  const run = await cli('stats', '--year', '2024', '--json');
  expect(run.code).toBe(0);
  const stats = JSON.parse(run.stdout);
  expect(stats).toMatchObject({ year: 2024, totals: { dramas: 1, finished: 1, episodesWatched: 10, hoursWatched: 10 } });
  expect(stats.finishedPerMonth).toHaveLength(12);
  expect((await cli('stats', '--year', '2024')).stdout).toContain('The year 2024: dramas finished that year');
});

test('a bad year is refused in one line; a missing journal is said to be missing and is not created; an empty one gives zeros', async () => {
  const { cli, db } = workspace();
  const bad = await cli('stats', '--year', '24');
  expect(bad.code).toBe(1);
  expect(expectOneLine(bad.stderr)).toBe('year must be a whole number from 1900 to 2100');
  const missing = await cli('stats', '--json');
  expect(missing.code).toBe(1);
  expect(expectOneLine(missing.stderr)).toBe(`There is no journal at ${db}. Check the path; a command that saves (such as add) starts a new journal there.`);
  expect(existsSync(db)).toBe(false);
  openJournal(db).close();
  const empty = await cli('stats', '--json');
  expect(JSON.parse(empty.stdout)).toMatchObject({ totals: { dramas: 0, averageGrade: null }, gradeDistribution: expect.arrayContaining([{ grade: 'A+', count: 0 }]) });
});
