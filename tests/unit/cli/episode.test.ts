import { expect, test } from 'vitest';
import { addArgs, expectOneLine, workspace } from './harness';

test('episode grades an episode and moves its day; show --json carries the grades; none takes a grade away', async () => {
  const w = workspace();
  await w.cli('add', ...addArgs({ status: 'watching' }));
  await w.cli('watch', '1', '--episodes', '4');
  expect((await w.cli('episode', '1', '3', '--grade', 'A-', '--on', '2025-03-01')).stdout).toBe(
    'Moonlit Ferry, episode 3: watched 2025-03-01, graded A-\n',
  );
  expect((await w.cli('episode', '1', '3', '--on', '2025-03-02')).stdout).toBe('Moonlit Ferry, episode 3: watched 2025-03-02, graded A-\n');
  expect((await w.cli('episode', '1', '4', '--grade', 'B', '--on', '2025-03-03')).code).toBe(0);
  const shown = JSON.parse((await w.cli('show', '1', '--json')).stdout);
  expect(shown.episodeLog).toEqual([
    { episode: 3, watchedOn: '2025-03-02', grade: 'A-' },
    { episode: 4, watchedOn: '2025-03-03', grade: 'B' },
  ]);
  expect((await w.cli('episode', '1', '3', '--grade', 'none')).stdout).toBe('Moonlit Ferry, episode 3: watched 2025-03-02, no grade\n');
});

test('a bad grade, a bad date, an episode past the last, nothing to change and a missing drama are refused naming the option, and change nothing', async () => {
  const w = workspace();
  await w.cli('add', ...addArgs({ status: 'watching' }));
  await w.cli('watch', '1', '--episodes', '2');
  await w.cli('episode', '1', '2', '--grade', 'B', '--on', '2025-01-05');
  const before = w.journal().diary.episodeLog(1);
  const refusals: [string[], string][] = [
    [['1', '2', '--grade', 'A++'], '--grade must be one of A+, A, A-, B+, B, B-, C+, C, C-, D+, D, D-, F, or none to take the grade away'],
    [['1', '2', '--on', '2025-02-30'], '--on must be a real date written YYYY-MM-DD'],
    [['1', '13', '--grade', 'A'], 'N must be at most 12: Moonlit Ferry has 12 episodes'],
    [['1', '3', '--grade', 'A'], 'episode 3 of Moonlit Ferry is not watched yet (2 of 12 are); mark it watched first'],
    [['1', 'two', '--grade', 'A'], 'N must be a whole number from 1 to 999'],
    [['1', '2'], 'give the episode a --grade or the day it was watched (--on)'],
    [['9', '2', '--grade', 'A'], "There is no drama 9 in your journal; 'dramalog list' shows each drama's id."],
  ];
  for (const [args, message] of refusals) {
    const run = await w.cli('episode', ...args);
    expect(run.code, args.join(' ')).toBe(1);
    expect(expectOneLine(run.stderr)).toBe(message);
    expect(run.stdout).toBe('');
  }
  expect(w.journal().diary.episodeLog(1)).toEqual(before);
});
