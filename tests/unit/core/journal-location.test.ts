import { describe, expect, test } from 'vitest';
import { defaultJournalPath, resolveJournalPath, userDataDir, type Host } from '../../../src-main/core/journal-location';

const linux: Host = { platform: 'linux', env: {}, homedir: '/home/mina' };
const mac: Host = { platform: 'darwin', env: {}, homedir: '/Users/mina' };
const windows: Host = { platform: 'win32', env: { APPDATA: 'C:\\Users\\mina\\AppData\\Roaming' }, homedir: 'C:\\Users\\mina' };

describe('the default journal is journal.sqlite in the folder Electron uses as userData for Dramalog', () => {
  test.each<[string, Host, string]>([
    ['Linux', linux, '/home/mina/.config/Dramalog/journal.sqlite'],
    ['Linux with XDG_CONFIG_HOME', { ...linux, env: { XDG_CONFIG_HOME: '/data/config' } }, '/data/config/Dramalog/journal.sqlite'],
    ['macOS', mac, '/Users/mina/Library/Application Support/Dramalog/journal.sqlite'],
    ['Windows', windows, 'C:\\Users\\mina\\AppData\\Roaming\\Dramalog\\journal.sqlite'],
    ['Windows without APPDATA', { ...windows, env: {} }, 'C:\\Users\\mina\\AppData\\Roaming\\Dramalog\\journal.sqlite'],
  ])('%s', (_name, host, expected) => {
    expect(defaultJournalPath(host)).toBe(expected);
  });

  test('userDataDir is that folder', () => {
    expect(userDataDir(linux)).toBe('/home/mina/.config/Dramalog');
  });
});

describe('which journal: --db, then DRAMALOG_DB, then the default', () => {
  test('--db wins over DRAMALOG_DB, relative paths are taken from the working folder', () => {
    expect(resolveJournalPath({ flag: 'mine.sqlite', env: { DRAMALOG_DB: '/env/j.sqlite' }, cwd: '/work', host: linux })).toBe('/work/mine.sqlite');
  });

  test('DRAMALOG_DB when there is no --db', () => {
    expect(resolveJournalPath({ env: { DRAMALOG_DB: '../j.sqlite' }, cwd: '/work/here', host: linux })).toBe('/work/j.sqlite');
  });

  test('an empty DRAMALOG_DB counts as unset', () => {
    expect(resolveJournalPath({ env: { DRAMALOG_DB: '  ' }, cwd: '/work', host: linux })).toBe('/home/mina/.config/Dramalog/journal.sqlite');
  });

  test("the app's own userData folder when it passes one", () => {
    expect(resolveJournalPath({ env: {}, userDataDir: '/electron/userData', host: linux })).toBe('/electron/userData/journal.sqlite');
  });

  test('the environment of the process when none is passed', () => {
    expect(resolveJournalPath({ host: { ...linux, env: { DRAMALOG_DB: '/from/host.sqlite' } } })).toBe('/from/host.sqlite');
  });
});
