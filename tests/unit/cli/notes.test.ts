import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { addArgs, expectOneLine, workspace } from './harness';

async function withDrama() {
  const w = workspace();
  await w.cli('add', ...addArgs());
  return w;
}

describe('dramalog note, notes and delete-note', () => {
  test('note adds a note on the drama or an episode and prints its id; notes lists them; show has them', async () => {
    const { cli } = await withDrama();
    expect(await cli('note', '1', 'The bridge scene.', '--episode', '2')).toEqual({ code: 0, stdout: '1\n', stderr: '' });
    expect(await cli('note', '1', 'Lovely score.\nSecond line.')).toEqual({ code: 0, stdout: '2\n', stderr: '' });
    expect((await cli('notes', '1')).stdout).toBe(
      'Moonlit Ferry (달빛 나루)\n2  Drama: Lovely score.\n          Second line.\n1  Episode 2: The bridge scene.\n',
    );
    const listed = JSON.parse((await cli('notes', '1', '--json')).stdout);
    expect(listed.map((n: { id: number; episode: number | null; text: string }) => [n.id, n.episode, n.text])).toEqual([
      [2, null, 'Lovely score.\nSecond line.'],
      [1, 2, 'The bridge scene.'],
    ]);
    expect(JSON.parse((await cli('show', '1', '--json')).stdout).notes).toEqual(listed);
  });

  test('delete-note deletes just that note and says which', async () => {
    const { cli } = await withDrama();
    await cli('note', '1', 'Keep me.');
    await cli('note', '1', 'Delete me, please.', '--episode', '3');
    expect(await cli('delete-note', '2')).toEqual({ code: 0, stdout: 'Deleted note 2: Delete me, please.\n', stderr: '' });
    expect(JSON.parse((await cli('notes', '1', '--json')).stdout).map((n: { text: string }) => n.text)).toEqual(['Keep me.']);
    const again = await cli('delete-note', '2');
    expect(again.code).toBe(1);
    expect(expectOneLine(again.stderr)).toBe('That note is not in your journal; it may have been deleted.');
  });

  test('a drama without notes says how to add one', async () => {
    const { cli } = await withDrama();
    expect((await cli('notes', '1')).stdout).toBe('No notes on Moonlit Ferry yet. Add one with: dramalog note 1 TEXT [--episode N]\n');
  });

  describe('refusals name the option or argument, exit 1, and add nothing', () => {
    test.each([
      [['1', 'x', '--episode', '13'], "--episode must be from 1 to 12, the drama's episode count"],
      [['1', 'x', '--episode', '0'], '--episode must be a whole number from 1 to 999'],
      [['1', 'x', '--episode', 'two'], '--episode must be a whole number from 1 to 999'],
      [['1', '   '], 'TEXT is required'],
      [['1', 'x'.repeat(20_001)], 'TEXT must be at most 20000 characters'],
      [['first', 'x'], /^ID must be a whole number from 1 to \d+$/],
      [['7', 'x'], "There is no drama 7 in your journal; 'dramalog list' shows each drama's id."],
    ])('note %j', async (args, message) => {
      const { cli } = await withDrama();
      const run = await cli('note', ...args);
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(expectOneLine(run.stderr)).toMatch(message);
      expect(JSON.parse((await cli('notes', '1', '--json')).stdout)).toEqual([]);
    });

    test('no journal yet: nothing is created to say the drama or note is not there', async () => {
      const { cli, db } = workspace();
      expect(expectOneLine((await cli('note', '1', 'x')).stderr)).toBe("There is no drama 1 in your journal; 'dramalog list' shows each drama's id.");
      expect(expectOneLine((await cli('notes', '1')).stderr)).toBe("There is no drama 1 in your journal; 'dramalog list' shows each drama's id.");
      expect(expectOneLine((await cli('delete-note', '1')).stderr)).toBe('That note is not in your journal; it may have been deleted.');
      expect(expectOneLine((await cli('delete-note', 'x')).stderr)).toMatch(/^NOTE_ID must be a whole number/);
      expect(existsSync(db)).toBe(false);
    });
  });

  test('note without TEXT is a usage error', async () => {
    const { cli } = await withDrama();
    const run = await cli('note', '1');
    expect(run.code).toBe(2);
    expect(expectOneLine(run.stderr)).toBe("note needs TEXT. Run 'dramalog note --help' for usage.");
  });
});
