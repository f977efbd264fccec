import { join } from 'node:path';
import { expect, test } from 'vitest';
import { damagedRefusal, readOnlyRefusal } from '../../../src-main/core/db/journal-file';
import { isOwnDataFolder, journalNotice } from '../../../src-main/shell/journal-notice';

test('a damaged journal is announced with an offer to recover; a read-only one with its reason; a sound one not at all', () => {
  const damaged = journalNotice({ writeRefusal: damagedRefusal('/j/journal.sqlite', ['database disk image is malformed']) });
  expect(damaged).toEqual({
    title: 'This journal is damaged',
    detail:
      "/j/journal.sqlite is damaged (SQLite's check found: database disk image is malformed). Dramalog opened it for reading only and will not write to it. " +
      'Recover what can still be read into a new file, and keep the damaged file as it is.\n\n' +
      'Choose Recover… to save what can be read as a new journal file; you can then open that file instead.',
    offerRecovery: true,
  });
  expect(journalNotice({ writeRefusal: readOnlyRefusal('/media/cd/journal.sqlite') })).toMatchObject({ title: 'This journal is read-only', offerRecovery: false });
  expect(journalNotice({ writeRefusal: null })).toBeNull();
});

test('only the data folder itself may be made for a first journal', () => {
  expect(isOwnDataFolder(join('/home/mina/.config/Dramalog', 'journal.sqlite'), '/home/mina/.config/Dramalog')).toBe(true);
  expect(isOwnDataFolder('/home/mina/typo/journal.sqlite', '/home/mina/.config/Dramalog')).toBe(false);
});
