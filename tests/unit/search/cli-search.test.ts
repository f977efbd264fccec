import { expect, test } from 'vitest';
import { addArgs, expectOneLine, workspace } from '../cli/harness';

test('dramalog search QUERY prints the matches best first, with the matched words in [brackets]', async () => {
  const { cli, journal } = workspace();
  await cli('add', ...addArgs({ title: 'Soundtrack #2', 'native-title': '사운드트랙 #2' }));
  await cli('add', ...addArgs({ title: 'Tears of War', 'native-title': '눈물의 <전쟁>' }));
  const j = journal();
  j.transaction(() => j.cast.add({ dramaId: 2, actor: 'Kim Ji Won', character: 'Hong Hae In' }));
  j.close();

  expect(await cli('search', '사운드')).toEqual({
    code: 0,
    stdout: '   1  Soundtrack #2 · [사운드]트랙 #2  -\n      matched in Korean title\n',
    stderr: '',
  });
  expect(await cli('search', 'hong hae')).toEqual({
    code: 0,
    stdout: '   2  Tears of War · 눈물의 <전쟁>  -\n      matched in cast\n      cast: Kim Ji Won ([Hong] [Hae] In)\n',
    stderr: '',
  });
  expect((await cli('search', 'nothing-like-this')).stdout).toBe('No matches for "nothing-like-this".\n');
});

test('--json prints the results with their segments, and --limit caps them', async () => {
  const { cli } = workspace();
  for (const n of [1, 2, 3]) await cli('add', ...addArgs({ title: `Ferry ${n}`, 'native-title': `나루 ${n}` }));
  const run = await cli('search', '나루', '--json', '--limit', '2');
  expect(run.code).toBe(0);
  const results = JSON.parse(run.stdout);
  expect(results).toHaveLength(2);
  expect(results[0]).toMatchObject({ matchedIn: ['nativeTitle'], nativeTitleSegments: [{ text: '나루', match: true }, { text: ' 1', match: false }] });
});

test('search characters in the query are just text; a bad --limit is refused in one line', async () => {
  const { cli } = workspace();
  await cli('add', ...addArgs({ title: 'Soundtrack #2' }));
  expect((await cli('search', '"sound*" OR (x')).code).toBe(0);
  const run = await cli('search', 'sound', '--limit', 'many');
  expect(run.code).toBe(1);
  expect(expectOneLine(run.stderr)).toBe('limit must be a whole number from 1 to 100');
  expect((await cli('search')).code).toBe(2);
});

test('searching a journal that does not exist is refused and creates nothing', async () => {
  const { cli, db } = workspace();
  expect(await cli('search', 'x')).toEqual({ code: 1, stdout: '', stderr: `${`There is no journal at ${db}. Check the path; a command that saves (such as add) starts a new journal there.`}\n` });
  const { existsSync } = await import('node:fs');
  expect(existsSync(db)).toBe(false);
});
