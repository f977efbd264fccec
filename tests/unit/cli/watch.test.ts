import { describe, expect, test } from 'vitest';
import { addArgs, expectOneLine, workspace } from './harness';

async function withDrama(status = 'plan-to-watch') {
  const w = workspace();
  await w.cli('add', ...addArgs({ status }));
  return w;
}

describe('dramalog watch', () => {
  test('sets episodes watched, status, dates and rewatches at once, and prints the record as it now is', async () => {
    const { cli } = await withDrama();
    const run = await cli('watch', '1', '--episodes', '12', '--status', 'completed', '--started', '2024-03-02', '--finished', '2024-04-01', '--rewatches', '2');
    expect(run).toEqual({
      code: 0,
      stdout: 'Moonlit Ferry: Completed, 12/12 episodes watched, started 2024-03-02, finished 2024-04-01, rewatched 2 times\n',
      stderr: '',
    });
    const shown = JSON.parse((await cli('show', '1', '--json')).stdout);
    expect(shown.watch).toEqual({ status: 'completed', episodesWatched: 12, startedOn: '2024-03-02', finishedOn: '2024-04-01', rewatches: 2 });
  });

  test('changes only what is given; none clears a date', async () => {
    const { cli, journal } = await withDrama('watching');
    await cli('watch', '1', '--episodes', '3', '--started', '2024-03-02');
    expect((await cli('watch', '1', '--episodes', '5')).stdout).toBe('Moonlit Ferry: Watching, 5/12 episodes watched, started 2024-03-02\n');
    expect((await cli('watch', '1', '--started', 'none')).stdout).toBe('Moonlit Ferry: Watching, 5/12 episodes watched\n');
    expect(journal().dramas.get(1).watch).toMatchObject({ status: 'watching', episodesWatched: 5, startedOn: null });
  });

  test('--next is the app\'s +1 episode: it starts a planned drama and completes it at the last episode', async () => {
    const { cli, journal } = await withDrama();
    const started = await cli('watch', '1', '--next');
    expect(started.stdout).toMatch(/^Moonlit Ferry: Watching, 1\/12 episodes watched, started \d{4}-\d{2}-\d{2}\n$/);
    await cli('watch', '1', '--episodes', '11');
    expect((await cli('watch', '1', '--next')).stdout).toMatch(/^Moonlit Ferry: Completed, 12\/12 episodes watched, started \S+, finished \S+\n$/);
    const refused = await cli('watch', '1', '--next');
    expect(refused.code).toBe(1);
    expect(expectOneLine(refused.stderr)).toBe('every episode of Moonlit Ferry is already watched');
    expect(journal().dramas.get(1).watch).toMatchObject({ status: 'completed', episodesWatched: 12 });
  });

  describe('refuses a bad value with exit 1, one line naming the option, and changes nothing', () => {
    test.each([
      [['--episodes', 'lots'], '--episodes must be a whole number from 0 to 999'],
      [['--episodes', '13'], "--episodes cannot be more than the drama's 12 episodes"],
      [['--status', 'binged'], '--status must be one of plan-to-watch, watching, on-hold, dropped, completed'],
      [['--started', '2024-02-30'], '--started must be a real date written YYYY-MM-DD'],
      [['--finished', 'yesterday'], '--finished must be a real date written YYYY-MM-DD'],
      [['--started', '2024-05-01', '--finished', '2024-04-01'], '--finished cannot be before --started'],
      [['--rewatches', '-1'], '--rewatches must be a whole number from 0 to 999'],
    ])('%j → %s', async (args, message) => {
      const { cli } = await withDrama('watching');
      const before = await cli('show', '1', '--json');
      const run = await cli('watch', '1', ...args);
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(expectOneLine(run.stderr)).toBe(message);
      expect(await cli('show', '1', '--json')).toEqual(before);
    });

    test('a date already stored is named by its option too', async () => {
      const { cli } = await withDrama('watching');
      await cli('watch', '1', '--started', '2024-05-01');
      expect(expectOneLine((await cli('watch', '1', '--finished', '2024-04-01')).stderr)).toBe('--finished cannot be before --started');
    });

    test('an id that is not a number, or no such drama', async () => {
      const { cli, db } = workspace();
      expect(expectOneLine((await cli('watch', 'one', '--episodes', '1')).stderr)).toMatch(/^ID must be a whole number from 1 to \d+$/);
      const missing = await cli('watch', '4', '--episodes', '1');
      expect(missing.code).toBe(1);
      expect(expectOneLine(missing.stderr)).toBe("There is no drama 4 in your journal; 'dramalog list' shows each drama's id.");
      // Asking about a drama in a journal that does not exist does not create one.
      expect((await import('node:fs')).existsSync(db)).toBe(false);
    });
  });

  test.each([
    [[], "watch needs something to change (--episodes, --next, --status, --started, --finished, --rewatches). Run 'dramalog watch --help' for usage."],
    [['--next', '--episodes', '2'], "--next goes alone: it sets the episodes, status and dates itself. Run 'dramalog watch --help' for usage."],
    [['--episodes'], "--episodes needs a value (--episodes N). Run 'dramalog watch --help' for usage."],
  ])('usage error %j: exit 2', async (args, message) => {
    const { cli } = await withDrama();
    const run = await cli('watch', '1', ...args);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(expectOneLine(run.stderr)).toBe(message);
  });
});
