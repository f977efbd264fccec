import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chooseJournalPath, dbArgument, JournalPathError } from '../../../src-main/shell/journal-path';

const userDataDir = resolve('/home/mina/.config/Dramalog');
const cwd = resolve('/home/mina/work');
// How Electron's argv looks when started as `electron . --db …` in development.
const electronArgv = (...args: string[]) => ['/opt/electron/electron', '.', ...args];

describe('the journal the app opens', () => {
  test('is journal.sqlite in the userData folder by default', () => {
    expect(chooseJournalPath({ argv: electronArgv(), env: {}, userDataDir, cwd })).toBe(join(userDataDir, 'journal.sqlite'));
  });

  test('is DRAMALOG_DB when set, relative to the working folder', () => {
    expect(chooseJournalPath({ argv: electronArgv(), env: { DRAMALOG_DB: 'dramas.sqlite' }, userDataDir, cwd })).toBe(
      join(cwd, 'dramas.sqlite'),
    );
  });

  test('is --db PATH over DRAMALOG_DB, in either spelling', () => {
    const env = { DRAMALOG_DB: '/elsewhere/env.sqlite' };
    expect(chooseJournalPath({ argv: electronArgv('--db', '/data/a.sqlite'), env, userDataDir, cwd })).toBe(resolve('/data/a.sqlite'));
    expect(chooseJournalPath({ argv: electronArgv('--db=/data/b.sqlite'), env, userDataDir, cwd })).toBe(resolve('/data/b.sqlite'));
    expect(chooseJournalPath({ argv: electronArgv('--db', 'rel/c.sqlite'), env, userDataDir, cwd })).toBe(join(cwd, 'rel', 'c.sqlite'));
  });

  test('ignores a blank DRAMALOG_DB', () => {
    expect(chooseJournalPath({ argv: electronArgv(), env: { DRAMALOG_DB: '  ' }, userDataDir, cwd })).toBe(join(userDataDir, 'journal.sqlite'));
  });

  test('finds --db among Chromium switches, and the last one wins', () => {
    expect(dbArgument(['electron', '--no-sandbox', '--db', 'first.sqlite', '--inspect=9229', '--db', 'second.sqlite'])).toBe('second.sqlite');
    expect(dbArgument(['electron', '--dbx', 'not-it'])).toBeUndefined();
  });

  test('refuses --db without a path, naming the fix', () => {
    for (const argv of [electronArgv('--db'), electronArgv('--db', '--no-sandbox'), electronArgv('--db='), electronArgv('--db', ' ')]) {
      expect(() => chooseJournalPath({ argv, env: {}, userDataDir, cwd })).toThrow(JournalPathError);
      expect(() => dbArgument(argv)).toThrow('--db needs a path to the journal file, e.g. --db /path/to/journal.sqlite');
    }
  });
});
