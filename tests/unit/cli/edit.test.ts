import { describe, expect, test } from 'vitest';
import { sampleDrama } from '../../support/temp-journal';
import { addArgs, expectOneLine, workspace } from './harness';

async function withDrama() {
  const w = workspace();
  await w.cli('add', ...addArgs({ status: 'watching' }));
  return w;
}

describe('dramalog edit', () => {
  test('changes every field add sets, only those given; lists are replaced whole', async () => {
    const { cli, journal } = await withDrama();
    const run = await cli(
      'edit', '1',
      '--title', 'Ferry at Dawn', '--native-title', '새벽 나루', '--platform', 'Disney+', '--platform', 'Hulu',
      '--aired', '2023-12', '--episodes', '16', '--genre', 'Drama', '--episode-minutes', '45',
    );
    expect(run).toEqual({ code: 0, stdout: 'Updated Ferry at Dawn (drama 1)\n', stderr: '' });
    expect(journal().dramas.get(1)).toMatchObject({
      title: 'Ferry at Dawn',
      nativeTitle: '새벽 나루',
      platforms: ['Disney+', 'Hulu'],
      aired: { year: 2023, month: 12 },
      episodes: 16,
      genres: ['Drama'],
      episodeMinutes: 45,
      watch: { status: 'watching' },
    });
    await cli('edit', '1', '--title', 'Moonlit Ferry');
    expect(journal().dramas.get(1)).toMatchObject({ title: 'Moonlit Ferry', nativeTitle: '새벽 나루', episodeMinutes: 45 });
  });

  test('the episode length shows in show and counts in the hours of stats', async () => {
    const { cli } = await withDrama();
    expect((await cli('show', '1')).stdout).toMatch(/^Episode length +60 minutes$/m);
    await cli('watch', '1', '--status', 'completed');
    expect((await cli('stats')).stdout).toContain(`episodes watched ${sampleDrama.episodes} · hours 12`);
    await cli('edit', '1', '--episode-minutes', '35');
    expect((await cli('show', '1')).stdout).toMatch(/^Episode length +35 minutes$/m);
    // 12 episodes × 35 minutes = 7 hours
    expect((await cli('stats')).stdout).toContain(`episodes watched ${sampleDrama.episodes} · hours 7`);
  });

  describe('refuses a bad value with exit 1, one line naming the option, and changes nothing', () => {
    test.each([
      [['--episodes', '0'], '--episodes must be a whole number from 1 to 999'],
      [['--episode-minutes', '601'], '--episode-minutes must be a whole number from 1 to 600'],
      [['--episode-minutes', 'long'], '--episode-minutes must be a whole number from 1 to 600'],
      [['--title', ' '], '--title is required'],
      [['--native-title', 'x'.repeat(201)], '--native-title must be at most 200 characters'],
      [['--aired', '2024-'], '--aired must be a year and month written YYYY-MM, or a year alone'],
      [['--platform', 'tvN', '--platform', 'TVN'], '--platform lists the same platform twice'],
      [['--genre', ''], 'genre is required'],
    ])('%j → %s', async (args, message) => {
      const { cli } = await withDrama();
      const before = await cli('show', '1', '--json');
      const run = await cli('edit', '1', ...args);
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(expectOneLine(run.stderr)).toBe(message);
      expect(await cli('show', '1', '--json')).toEqual(before);
    });

    test('fewer episodes than a note is about', async () => {
      const { cli } = await withDrama();
      await cli('note', '1', 'The storm.', '--episode', '10');
      const run = await cli('edit', '1', '--episodes', '8');
      expect(expectOneLine(run.stderr)).toBe(
        '--episodes cannot go down to 8: there are notes on episode 10; delete those notes first, or keep 12 episodes',
      );
    });

    test('no such drama', async () => {
      const { cli } = await withDrama();
      expect(expectOneLine((await cli('edit', '2', '--title', 'X')).stderr)).toBe("There is no drama 2 in your journal; 'dramalog list' shows each drama's id.");
    });
  });

  test('nothing to change is a usage error', async () => {
    const { cli } = await withDrama();
    const run = await cli('edit', '1');
    expect(run.code).toBe(2);
    expect(expectOneLine(run.stderr)).toBe(
      "edit needs something to change (--title, --native-title, --platform, --aired, --episodes, --genre, --episode-minutes). Run 'dramalog edit --help' for usage.",
    );
  });
});
