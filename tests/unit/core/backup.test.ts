import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openJournal, type Journal } from '../../../src-main/core/journal';
import { afterThisTest, drama, useJournal } from './fixtures';
import { snapshot } from './journal-snapshot';
import { mediaDirFor } from '../../../src-main/core/pictures/picture-store';

/** Enough dramas, each with a long note, that SQLite copies the journal in many steps. */
function fill(journal: Journal, count: number): void {
  journal.transaction(() => {
    for (let i = 0; i < count; i++) {
      const { id } = journal.dramas.create(drama({ title: `Drama ${i}` }));
      journal.notes.add({ dramaId: id, episode: null, text: `${i} `.repeat(800) });
    }
  });
}

function openCopy(path: string): Journal {
  const copy = openJournal(path);
  afterThisTest(() => copy.close());
  return copy;
}

function dramaTitles(journal: Journal): string[] {
  return journal.dramas.all().map((d) => `${d.id} ${d.title} ${d.notes.length}`);
}

test('a backup is a journal that opens and holds the same dramas, reviews, notes and settings', async () => {
  const { journal, dir } = useJournal();
  fill(journal, 5);
  journal.reviews.save({ dramaId: 2, grade: 'A', reviewer: { name: 'Mina', location: '' }, intro: ['좋아요'], story: [], closing: [], state: 'final' });
  journal.settings.update({ siteTitle: 'Mine' });
  const out = join(dir, 'backups', 'journal copy.sqlite');

  await journal.backup(out);

  const copy = openCopy(out);
  expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(copy.dramas.all()).toEqual(journal.dramas.all());
  expect(copy.settings.get()).toEqual(journal.settings.get());
  expect(readdirSync(join(dir, 'backups')).filter((name) => name.includes('.partial-'))).toEqual([]);
});

test('a backup taken while the app keeps writing through the same connection is the journal as it ends', async () => {
  const { journal, dir } = useJournal();
  fill(journal, 400);
  const out = join(dir, 'copy.sqlite');

  let finished = false;
  let writesDuringBackup = 0;
  const backup = journal.backup(out).finally(() => {
    finished = true;
  });
  await new Promise<void>((resolve) => {
    const write = () => {
      if (finished) return resolve();
      journal.transaction(() => {
        const { id } = journal.dramas.create(drama({ title: `Written during backup ${writesDuringBackup}` }));
        journal.notes.add({ dramaId: id, episode: null, text: 'also during the backup' });
      });
      writesDuringBackup++;
      setImmediate(write);
    };
    setImmediate(write);
  });
  await backup;

  expect(writesDuringBackup).toBeGreaterThan(0);
  const copy = openCopy(out);
  expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(dramaTitles(copy)).toEqual(dramaTitles(journal));
});

test('a backup taken while another connection writes is consistent: every transaction whole or absent', async () => {
  const { journal, dir, path } = useJournal();
  fill(journal, 400);
  const other = new BetterSqlite3(path);
  afterThisTest(() => other.close());
  other.pragma('busy_timeout = 5000');
  const insert = other.transaction((n: number) => {
    const now = new Date().toISOString();
    const { lastInsertRowid } = other
      .prepare(
        `INSERT INTO dramas (title, native_title, platforms, aired_year, aired_month, episodes, genres, status, created_at, updated_at)
         VALUES (?, '다른', '["tvN"]', 2024, 1, 2, '["Drama"]', 'watching', ?, ?)`,
      )
      .run(`Other ${n}`, now, now);
    other.prepare('INSERT INTO notes (drama_id, episode, text, created_at, updated_at) VALUES (?, 1, ?, ?, ?)').run(lastInsertRowid, 'pair', now, now);
  });
  const out = join(dir, 'copy.sqlite');

  let finished = false;
  let writes = 0;
  const backup = journal.backup(out).finally(() => {
    finished = true;
  });
  // A handful of writes: each one makes SQLite restart the copy, which must still finish.
  await new Promise<void>((resolve) => {
    const write = () => {
      if (finished || writes === 5) return resolve();
      insert(writes++);
      setImmediate(write);
    };
    setImmediate(write);
  });
  await backup;

  expect(writes).toBeGreaterThan(0);
  const copy = openCopy(out);
  expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok');
  const others = copy.dramas.all().filter((d) => d.title.startsWith('Other'));
  for (const d of others) expect(d.notes.map((n) => n.text)).toEqual(['pair']);
  expect(snapshot(copy.db).rows.dramas).toEqual(snapshot(journal.db).rows.dramas);
});

test('a backup refuses to overwrite the journal itself, and a failed backup leaves no partial file', async () => {
  const { journal, path, dir } = useJournal();
  fill(journal, 1);
  await expect(journal.backup(path)).rejects.toMatchObject({ code: 'invalid-input', message: 'the backup cannot overwrite the journal itself' });
  expect(journal.dramas.list()).toHaveLength(1);

  const intoAFolder = join(dir, 'a-folder');
  await journal.backup(join(intoAFolder, 'x.sqlite'));
  await expect(journal.backup(intoAFolder)).rejects.toMatchObject({
    code: 'invalid-input',
    message: `${intoAFolder} is a folder; back up to a file in it, for example ${join(intoAFolder, 'journal-backup.sqlite')}`,
  });
  expect(readdirSync(dir).filter((name) => name.includes('.partial-'))).toEqual([]);
  expect(existsSync(join(intoAFolder, 'x.sqlite'))).toBe(true);
});

test('a backup carries the pictures its reviews show, in its own media folder', async () => {
  const { journal, dir } = useJournal();
  const { id } = journal.dramas.create(drama({ title: 'Pictured' }));
  const source = join(dir, 'still.png');
  writeFileSync(source, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
  const file = journal.pictures.importFile(source);
  journal.reviews.save({
    dramaId: id, grade: 'A', reviewer: { name: 'Mina', location: '' }, intro: ['One.'], story: ['Two.'], closing: [], state: 'final',
    pictures: [{ file, alt: 'A still', section: 'story', afterParagraph: 0 }],
  });
  rmSync(source);
  const out = join(dir, 'backups', 'copy.sqlite');

  await journal.backup(out);

  const copy = openCopy(out);
  expect(copy.dramas.get(id).review?.pictures).toEqual([{ file, alt: 'A still', section: 'story', afterParagraph: 0 }]);
  expect(readFileSync(join(mediaDirFor(out), file))).toEqual(readFileSync(join(mediaDirFor(journal.path), file)));
});
