import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openJournal } from '../../../src-main/core/journal';
import { addArgs, expectOneLine, workspace } from './harness';

test('dramalog backup --out FILE writes a copy that opens and holds the same dramas', async () => {
  const { cli, db, dir } = workspace();
  await cli('add', ...addArgs());
  await cli('add', ...addArgs({ title: 'Second', 'native-title': '두 번째' }));
  const out = join(dir, 'backups', 'copy.sqlite');

  const run = await cli('backup', '--out', out);
  expect(run).toEqual({ code: 0, stdout: `Backed up ${db} to ${out}\n`, stderr: '' });

  const copy = openJournal(out);
  try {
    expect(copy.dramas.all().map((d) => [d.id, d.title, d.nativeTitle])).toEqual([
      [1, 'Moonlit Ferry', '달빛 나루'],
      [2, 'Second', '두 번째'],
    ]);
  } finally {
    copy.close();
  }
});

test('a relative --out is taken from the working folder', async () => {
  const { cli, dir } = workspace();
  await cli('add', ...addArgs());
  expect((await cli('backup', '--out', 'copy.sqlite')).code).toBe(0);
  expect(existsSync(join(dir, 'copy.sqlite'))).toBe(true);
});

test('without --out: usage error', async () => {
  const { cli } = workspace();
  await cli('add', ...addArgs());
  const run = await cli('backup');
  expect(run.code).toBe(2);
  expect(expectOneLine(run.stderr)).toBe("backup needs --out FILE. Run 'dramalog backup --help' for usage.");
});

test('no journal to back up: exit 1, and nothing is created', async () => {
  const { cli, db, dir } = workspace();
  const run = await cli('backup', '--out', join(dir, 'copy.sqlite'));
  expect(run.code).toBe(1);
  expect(expectOneLine(run.stderr)).toBe(`There is no journal at ${db}. Check the path; a command that saves (such as add) starts a new journal there.`);
  expect(existsSync(db)).toBe(false);
  expect(existsSync(join(dir, 'copy.sqlite'))).toBe(false);
});

test('backing up onto the journal itself, or onto a folder, is refused with exit 1', async () => {
  const { cli, db, dir } = workspace();
  await cli('add', ...addArgs());
  const onto = await cli('backup', '--out', db);
  expect(onto.code).toBe(1);
  expect(expectOneLine(onto.stderr)).toBe('the backup cannot overwrite the journal itself');

  mkdirSync(join(dir, 'a-folder', 'inside'), { recursive: true });
  const folder = await cli('backup', '--out', join(dir, 'a-folder'));
  expect(folder.code).toBe(1);
  expect(expectOneLine(folder.stderr)).toBe(`${join(dir, 'a-folder')} is a folder; back up to a file in it, for example ${join(dir, 'a-folder', 'journal-backup.sqlite')}`);
  expect(JSON.parse((await cli('list', '--json')).stdout)).toHaveLength(1);
});
