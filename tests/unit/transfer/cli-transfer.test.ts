import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { addArgs, expectOneLine, runIn, workspace } from '../cli/harness';

test('dump --out then load into a new journal, and dump again: the same file', async () => {
  const { cli, db, dir, journal } = workspace();
  await cli('add', ...addArgs({ title: 'Soundtrack #2', 'native-title': '사운드트랙 #2' }));
  await cli('add', ...addArgs({ title: 'Tears of War', 'native-title': '눈물의 <전쟁>' }));
  const j = journal();
  j.transaction(() => j.notes.add({ dramaId: 1, episode: 2, text: 'private' }));
  j.close();

  const dumped = await cli('dump', '--out', 'journal.json');
  expect(dumped).toEqual({ code: 0, stdout: `Dumped 2 dramas from ${db} to ${join(dir, 'journal.json')}\n`, stderr: '' });

  const second = join(dir, 'restored.sqlite');
  const loaded = await runIn(dir, ['load', 'journal.json', '--db', second], {});
  expect(loaded).toEqual({ code: 0, stdout: `Loaded 2 dramas from ${join(dir, 'journal.json')} into ${second}\n`, stderr: `Created a new journal at ${second}\n` });
  expect((await runIn(dir, ['dump', '--out', 'again.json', '--db', second], {})).code).toBe(0);
  expect(readFileSync(join(dir, 'again.json'), 'utf8')).toBe(readFileSync(join(dir, 'journal.json'), 'utf8'));
});

test('load refuses a journal with dramas, and a bad file before any journal is created', async () => {
  const { cli, dir } = workspace();
  await cli('add', ...addArgs());
  await cli('dump', '--out', 'journal.json');
  const busy = await cli('load', 'journal.json');
  expect(busy.code).toBe(1);
  expect(expectOneLine(busy.stderr)).toMatch(/already holds 1 drama: a dump is restored into an empty journal only\. Nothing was loaded\. Load it into a new journal with --db NEW-FILE\.sqlite\.$/);

  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ format: 'dramalog-journal', version: 1, settings: {}, dramas: [{ id: 'x' }] }));
  const fresh = join(dir, 'fresh.sqlite');
  const bad = await runIn(dir, ['load', 'bad.json', '--db', fresh], {});
  expect(bad.code).toBe(1);
  expect(expectOneLine(bad.stderr)).toBe(`dramas[0].id: id must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}`);
  expect(existsSync(fresh)).toBe(false);
  expect((await cli('dump')).code).toBe(2);
});

test('import-csv --dry-run previews and saves nothing; without it the rows are saved', async () => {
  const { cli, dir, db } = workspace();
  writeFileSync(
    join(dir, 'mdl.csv'),
    'Title,Year,Status,Episodes Seen,Total Episodes,Score\nMoving,2023,Completed,20,20,9.5\nMoving,2023,Completed,20,20,9\n',
  );
  const dry = await cli('import-csv', 'mdl.csv', '--dry-run');
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain('A MyDramaList list: would import 1, skipped 1.');
  expect(dry.stdout).toContain('line 2: Moving (2023), Completed 20/20, grade A (9.5/10)');
  expect(dry.stdout).toContain('line 3: "Moving" (2023) is already on line 2');
  expect(dry.stdout).toContain('Dry run: nothing was saved.');
  expect(existsSync(db)).toBe(false);

  const real = await cli('import-csv', 'mdl.csv', '--json');
  expect(real.code).toBe(0);
  expect(JSON.parse(real.stdout)).toMatchObject({ kind: 'mydramalist', imported: [{ line: 2, dramaId: 1, title: 'Moving' }] });
  expect(JSON.parse((await cli('show', '1', '--json')).stdout)).toMatchObject({ title: 'Moving', review: { grade: 'A', state: 'draft' } });
});

test('import-csv refuses a bad file with the line, a wrong --kind, and a missing file', async () => {
  const { cli, dir, db } = workspace();
  writeFileSync(join(dir, 'diary.csv'), 'Date,Name,Year,Rating,Rewatch,Tags,Watched Date\n2024-01-01,Moving,2023,9,,,2024-01-01\n');
  const bad = await cli('import-csv', 'diary.csv');
  expect(bad.code).toBe(1);
  expect(expectOneLine(bad.stderr)).toBe('line 2: Rating "9" must be from 0.5 to 5 stars');
  expect(existsSync(db)).toBe(false);
  const kind = await cli('import-csv', 'diary.csv', '--kind', 'imdb');
  expect(expectOneLine(kind.stderr)).toBe('kind must be one of auto, letterboxd, mydramalist');
  const missing = await cli('import-csv', 'nope.csv');
  expect(missing.code).toBe(1);
  expect(expectOneLine(missing.stderr)).toMatch(/^cannot read .*nope\.csv: ENOENT/);
});
