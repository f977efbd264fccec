import type { Migration } from './migration';

/**
 * What the site export needs to know to read only what changed: a log of the
 * dramas whose rows it reads (the drama, its review, its cast, its cover) were
 * touched, one row per drama with the number of its latest change. Numbers only
 * grow, and rows are never removed (a deleted drama's row says it is gone), so an
 * export that read the journal at number N reads again only the dramas logged
 * after N (core/site/read-journal.ts). Triggers keep it, so a change made by the
 * CLI or another process is logged like the app's own.
 */
export const siteChanges: Migration = {
  version: 9,
  name: 'site change log',
  up(db) {
    // No statement here may conflict: a trigger's conflict policy gives way to that of the statement
    // firing it (an upsert elsewhere would turn OR REPLACE into an error). A number, once given, is never given again.
    const next = '(SELECT coalesce(max(seq), 0) + 1 FROM site_changes)';
    const log = (id: string) => `
      UPDATE site_changes SET seq = ${next} WHERE drama_id = ${id};
      INSERT INTO site_changes (drama_id, seq) SELECT ${id}, ${next} WHERE NOT EXISTS (SELECT 1 FROM site_changes WHERE drama_id = ${id});`;
    const logged = (table: string, column: string) => `
      CREATE TRIGGER site_${table}_inserted AFTER INSERT ON ${table} BEGIN ${log(`new.${column}`)} END;
      CREATE TRIGGER site_${table}_updated AFTER UPDATE ON ${table} BEGIN ${log(`old.${column}`)} ${log(`new.${column}`)} END;
      CREATE TRIGGER site_${table}_deleted AFTER DELETE ON ${table} BEGIN ${log(`old.${column}`)} END;`;
    db.exec(`
      CREATE TABLE site_changes (drama_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL) STRICT;
      CREATE UNIQUE INDEX site_changes_seq ON site_changes (seq);
      ${logged('dramas', 'id')}
      ${logged('reviews', 'drama_id')}
      ${logged('cast_members', 'drama_id')}
      ${logged('drama_covers', 'drama_id')}
    `);
  },
};
