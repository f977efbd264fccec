import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { REFERENCE_PATH, readReference } from '../../fixtures/fixtures';
import { expectOneLine, workspace } from '../cli/harness';

const fixture = (name: string) => resolve(__dirname, '../../fixtures', name);

test('dramalog import FILE… prints one line per file with the new id; show --json shows the final review', async () => {
  const w = workspace();
  const run = await w.cli('import', REFERENCE_PATH, fixture('winter-letters.txt'));
  expect(run).toMatchObject({ code: 0, stderr: `Created a new journal at ${w.db}\n` });
  expect(run.stdout).toBe('soundtrack-2.txt: imported as drama 1 (Soundtrack #2)\nwinter-letters.txt: imported as drama 2 (Winter Letters)\n');
  const shown = await w.cli('show', '1', '--json');
  expect(JSON.parse(shown.stdout)).toMatchObject({
    title: 'Soundtrack #2',
    nativeTitle: '사운드트랙 #2',
    watch: { status: 'completed', episodesWatched: 6 },
    review: { grade: 'B+', state: 'final', reviewer: { name: 'Jill', location: 'USA' }, closing: [expect.stringMatching(/^One thing I noticed/)] },
  });
});

test('importing the same review again is skipped, and --replace replaces it', async () => {
  const w = workspace();
  await w.cli('import', REFERENCE_PATH);
  const again = await w.cli('import', REFERENCE_PATH);
  expect(again).toMatchObject({ code: 0, stdout: 'soundtrack-2.txt: skipped, Soundtrack #2 (Dec. 2023) is already drama 1; --replace replaces it\n' });
  const replaced = await w.cli('import', REFERENCE_PATH, '--replace', '--json');
  expect(JSON.parse(replaced.stdout)).toEqual([{ file: REFERENCE_PATH, status: 'replaced', dramaId: 1, title: 'Soundtrack #2' }]);
  expect(JSON.parse((await w.cli('list', '--json')).stdout)).toHaveLength(1);
});

test('a malformed file among good ones is refused with its name and line, and nothing is saved', async () => {
  const w = workspace();
  const bad = join(w.dir, 'bad.txt');
  writeFileSync(bad, readReference().replace('Grade: B+', 'Grade: Q'));
  const run = await w.cli('import', fixture('winter-letters.txt'), bad);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(expectOneLine(run.stderr)).toBe('bad.txt: line 8: "Grade: Q" is not a grade; expected one of A+ A A- B+ B B- C+ C C- D+ D D- F');
  expect(existsSync(w.db)).toBe(false);

  await w.cli('import', fixture('night-market.txt'));
  const refused = await w.cli('import', fixture('winter-letters.txt'), join(w.dir, 'missing.txt'));
  expect(refused.code).toBe(1);
  expect(expectOneLine(refused.stderr)).toMatch(/^cannot read .*missing\.txt: ENOENT$/);
  expect(JSON.parse((await w.cli('list', '--json')).stdout).map((d: { title: string }) => d.title)).toEqual(['Night Market Detective']);
});

test('dramalog import needs a file', async () => {
  const run = await workspace().cli('import');
  expect(run.code).toBe(2);
  expect(expectOneLine(run.stderr)).toMatch(/^import needs FILE…/);
});
