import { expect, test } from 'vitest';
import { addArgs, expectOneLine, workspace } from './harness';

test('watched finishes the watch under way, and --rewatch logs another that diary lists first', async () => {
  const w = workspace();
  await w.cli('add', ...addArgs({ status: 'watching' }));
  expect((await w.cli('watched', '1', '--on', '2024-04-01')).stdout).toBe('Moonlit Ferry: Completed, 12/12 episodes watched, finished 2024-04-01\n');
  const again = await w.cli('watched', '1', '--on', '2025-02-14', '--rewatch');
  expect(again.stdout).toBe('Moonlit Ferry: Completed, 12/12 episodes watched, finished 2025-02-14, rewatched 1 time\n');
  expect((await w.cli('diary')).stdout).toBe('2025-02-14   Moonlit Ferry (rewatch)\n2024-04-01   Moonlit Ferry (first watch)\n');
  expect((await w.cli('diary', '--year', '2024')).stdout).toBe('2024-04-01   Moonlit Ferry (first watch)\n');
  const listed = JSON.parse((await w.cli('diary', '--year', '2025', '--json')).stdout);
  expect(listed).toEqual([{ dramaId: 1, title: 'Moonlit Ferry', nativeTitle: '달빛 나루', grade: null, startedOn: null, finishedOn: '2025-02-14', status: 'completed', rewatch: true, note: null }]);
  const shown = JSON.parse((await w.cli('show', '1', '--json')).stdout);
  expect(shown.diary).toEqual([
    { startedOn: null, finishedOn: '2024-04-01', status: 'completed', rewatch: false, note: null },
    { startedOn: null, finishedOn: '2025-02-14', status: 'completed', rewatch: true, note: null },
  ]);
  expect(shown.watch.rewatches).toBe(1);
});

test('a second first watch, a bad date and a missing drama are refused with one line, and nothing changes', async () => {
  const w = workspace();
  await w.cli('add', ...addArgs({ status: 'completed' }));
  const twice = await w.cli('watched', '1', '--on', '2025-01-01');
  expect(twice.code).toBe(1);
  expect(expectOneLine(twice.stderr)).toBe('Moonlit Ferry was already finished; log it as a rewatch to add another watch');
  const badDate = await w.cli('watched', '1', '--on', '2025-02-30', '--rewatch');
  expect(badDate.code).toBe(1);
  expect(expectOneLine(badDate.stderr)).toBe('--on must be a real date written YYYY-MM-DD');
  expect((await w.cli('watched', '9', '--rewatch')).code).toBe(1);
  expect(w.journal().diary.entries(1)).toHaveLength(1);
});
