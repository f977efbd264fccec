import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { displayWidth } from '../../../src-main/cli/format/text-width';
import { addArgs, expectOneLine, workspace } from './harness';

/** The terminal column (Hangul counted as two) where each cell of a table line begins. */
function cellStarts(line: string, cells: string[]): number[] {
  let from = 0;
  return cells.map((cell) => {
    const at = line.indexOf(cell, from);
    from = at + cell.length;
    return displayWidth(line.slice(0, at));
  });
}

async function threeDramas() {
  const w = workspace();
  await w.cli('add', ...addArgs({ title: 'Reply 1988', 'native-title': '응답하라 1988', episodes: '20', status: 'completed', platform: 'tvN', genre: 'Family' }));
  await w.cli('add', ...addArgs({ title: 'Moving', 'native-title': '무빙', episodes: '20', status: 'watching', platform: 'Disney+', genre: 'Action' }));
  await w.cli('add', ...addArgs({ title: 'Crash Landing on You', 'native-title': '사랑의 불시착', episodes: '16', platform: 'tvN', genre: 'Romance' }));
  const journal = w.journal();
  journal.dramas.updateWatch({ id: 2, episodesWatched: 7 });
  journal.reviews.save({ dramaId: 1, grade: 'A+', reviewer: { name: 'Mina', location: '' }, intro: [], story: [], closing: [], state: 'final' });
  journal.close();
  return w;
}

describe('dramalog list', () => {
  test('a table of id, title, Korean title, grade, status and progress, sorted by title, with Hangul lined up', async () => {
    const { cli } = await threeDramas();
    const run = await cli('list');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const cells = lines.map((line) => line.trim().split(/ {2,}/));
    expect(cells).toEqual([
      ['ID', 'Title', 'Korean title', 'Grade', 'Status', 'Progress'],
      ['3', 'Crash Landing on You', '사랑의 불시착', '-', 'Plan to watch', '0/16'],
      ['2', 'Moving', '무빙', '-', 'Watching', '7/20'],
      ['1', 'Reply 1988', '응답하라 1988', 'A+', 'Completed', '20/20'],
    ]);
    // Counting Hangul as two terminal columns: left-aligned columns start, right-aligned ones end, at the same column.
    const starts = lines.map((line, i) => cellStarts(line, cells[i]));
    const ends = starts.map((row, i) => row.map((start, j) => start + displayWidth(cells[i][j])));
    for (const j of [1, 2, 3, 4]) expect(new Set(starts.map((row) => row[j])).size, cells[0][j]).toBe(1);
    for (const j of [0, 5]) expect(new Set(ends.map((row) => row[j])).size, cells[0][j]).toBe(1);
  });

  test('--json: an array of the objects show --json prints, in the same order', async () => {
    const { cli } = await threeDramas();
    const run = await cli('list', '--json');
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout);
    expect(listed.map((d: { id: number }) => d.id)).toEqual([3, 2, 1]);
    for (const drama of listed) {
      expect(drama).toEqual(JSON.parse((await cli('show', String(drama.id), '--json')).stdout));
    }
  });

  test('a journal that does not exist yet is not listed and not created; an empty one lists nothing', async () => {
    const { cli, db, journal } = workspace();
    for (const args of [['list', '--json'], ['list']]) {
      const missing = await cli(...args);
      expect(missing).toMatchObject({ code: 1, stdout: '' });
      expect(expectOneLine(missing.stderr)).toBe(`There is no journal at ${db}. Check the path; a command that saves (such as add) starts a new journal there.`);
      expect(existsSync(db)).toBe(false);
    }
    await cli('add', ...addArgs());
    const only = journal();
    only.transaction(() => only.dramas.delete(1));
    expect(await cli('list', '--json')).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    const run = await cli('list');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`No dramas in ${db} yet. Add one with: dramalog add --help\n`);
  });

  test('a stray argument is a usage error', async () => {
    const { cli } = workspace();
    const run = await cli('list', 'all');
    expect(run.code).toBe(2);
    expect(expectOneLine(run.stderr)).toBe("unexpected argument 'all'. Run 'dramalog list --help' for usage.");
  });
});
