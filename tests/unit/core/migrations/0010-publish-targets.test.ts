import { expect, test } from 'vitest';
import { MIGRATIONS } from '../../../../src-main/core/db/migrations';
import { publishTargets } from '../../../../src-main/core/db/migrations/0010-publish-targets';
import { oldJournal, openToday } from './old-journal';

const before = MIGRATIONS.slice(0, publishTargets.version - 1);
const then = '2025-06-01T10:00:00.000Z';

function journalBeforePublishing(): string {
  return oldJournal(before, (db) => {
    db.prepare(
      `INSERT INTO dramas (title, native_title, platforms, aired_year, aired_month, episodes, genres, status, episodes_watched, created_at, updated_at)
       VALUES ('Soundtrack #2', '사운드트랙 #2', '["Disney+"]', 2023, 12, 6, '["Romance"]', 'completed', 6, ?, ?)`,
    ).run(then, then);
  });
}

test('an older journal keeps its dramas and has no publish targets yet', () => {
  const journal = openToday(journalBeforePublishing());
  expect(journal.dramas.all().map((d) => d.title)).toEqual(['Soundtrack #2']);
  expect(journal.publishing.list()).toEqual([]);
});

test('a target keeps its address and its record; removing it removes its record with it', () => {
  const journal = openToday(journalBeforePublishing());
  const target = journal.transaction(() => journal.publishing.add({ name: 'host', url: 'sftp://me@example.com/www', keyFile: null }));
  expect(target).toMatchObject({ name: 'host', kind: 'sftp', hostKey: null, lastPublishedAt: null, publishedFiles: 0 });
  journal.transaction(() => {
    journal.publishing.claim(target.id, ['index.html', 'feed.xml']);
    journal.publishing.confirm(target.id, [['index.html', 'abc']]);
  });
  expect(journal.publishing.record(target.id)).toEqual(
    new Map([
      ['feed.xml', { hash: null, pending: true }],
      ['index.html', { hash: 'abc', pending: false }],
    ]),
  );
  expect(journal.publishing.list()[0].publishedFiles).toBe(1);
  // Names are one per journal whatever the letter case; the table says so, not only the code.
  expect(() => journal.db.prepare("INSERT INTO publish_targets (name, url, secret_id, created_at) VALUES ('HOST', 'file:///x', 'other', ?)").run(then)).toThrow(/UNIQUE/);
  journal.transaction(() => journal.publishing.remove('HOST'));
  expect(journal.db.prepare('SELECT count(*) AS n FROM published_files').get()).toEqual({ n: 0 });
});
