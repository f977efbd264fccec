import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Clock } from '../clock';
import { JournalError } from '../common/errors';
import type { PublishTarget } from '../common/model';
import { parseTargetUrl } from '../common/publish-address';

interface TargetRow {
  id: number;
  name: string;
  url: string;
  key_file: string | null;
  host_key: string | null;
  secret_id: string;
  last_published_at: string | null;
  published_files: number;
}

/** A target as the core keeps it: what the app lists, and the id its secret is kept under. */
export type StoredTarget = Omit<PublishTarget, 'hasSecret'> & { secretId: string };

/** One path of a target's record: `hash` null while its content there is unknown; `pending` while a part file may lie beside it. */
export interface PublishedFile {
  hash: string | null;
  pending: boolean;
}

/** The targets the site is published to, and what was published to each (migration 10). */
export class PublishRepository {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  list(): StoredTarget[] {
    return (this.db.prepare(`${SELECT_TARGETS} ORDER BY t.name COLLATE NOCASE`).all() as TargetRow[]).map(toTarget);
  }

  /** The target called `name` (whatever its letter case); `not-found` naming the field `name` when there is none. */
  byName(name: string): StoredTarget {
    const row = this.db.prepare(`${SELECT_TARGETS} WHERE t.name = ?`).get(name) as TargetRow | undefined;
    if (!row) {
      const known = this.list().map((target) => target.name);
      throw new JournalError(
        'not-found',
        `There is no publish target called ${name}${known.length ? ` (yours: ${known.join(', ')})` : '; add one first'}.`,
        { field: 'name' },
      );
    }
    return toTarget(row);
  }

  add(target: { name: string; url: string; keyFile: string | null }): StoredTarget {
    const taken = this.db.prepare('SELECT name FROM publish_targets WHERE name = ?').get(target.name) as { name: string } | undefined;
    if (taken) throw new JournalError('conflict', `You already publish to a target called ${taken.name}; choose another name.`, { field: 'name' });
    this.db
      .prepare('INSERT INTO publish_targets (name, url, key_file, secret_id, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(target.name, target.url, target.keyFile, randomUUID(), this.clock.now().toISOString());
    return this.byName(target.name);
  }

  /** Forgets the target and its record; the files published there stay where they are. */
  remove(name: string): StoredTarget {
    const target = this.byName(name);
    this.db.prepare('DELETE FROM publish_targets WHERE id = ?').run(target.id);
    return target;
  }

  /** Pins the server's identity (`null` forgets it, so the next publish pins what it meets). */
  pinHostKey(id: number, hostKey: string | null): void {
    this.db.prepare('UPDATE publish_targets SET host_key = ? WHERE id = ?').run(hostKey, id);
  }

  publishedAt(id: number): void {
    this.db.prepare('UPDATE publish_targets SET last_published_at = ? WHERE id = ?').run(this.clock.now().toISOString(), id);
  }

  /** What Dramalog has published to the target: path → its record. */
  record(id: number): Map<string, PublishedFile> {
    const rows = this.db.prepare('SELECT path, hash, pending FROM published_files WHERE target_id = ?').raw().all(id) as [string, string | null, number][];
    return new Map(rows.map(([path, hash, pending]) => [path, { hash, pending: pending === 1 }]));
  }

  /** Marks paths as about to be uploaded: Dramalog's from now on, with a part file maybe beside them until confirmed. */
  claim(id: number, paths: readonly string[]): void {
    const claim = this.db.prepare(
      'INSERT INTO published_files (target_id, path, hash, pending) VALUES (?, ?, NULL, 1) ON CONFLICT DO UPDATE SET pending = 1',
    );
    for (const path of paths) claim.run(id, path);
  }

  /** Paths now live on the target with these contents. */
  confirm(id: number, files: readonly (readonly [path: string, hash: string])[]): void {
    const confirm = this.db.prepare('UPDATE published_files SET hash = ?, pending = 0 WHERE target_id = ? AND path = ?');
    for (const [path, hash] of files) confirm.run(hash, id, path);
  }

  /** Paths no longer on the target. */
  forget(id: number, paths: readonly string[]): void {
    const forget = this.db.prepare('DELETE FROM published_files WHERE target_id = ? AND path = ?');
    for (const path of paths) forget.run(id, path);
  }

  /** Paths whose part file is gone (the publisher removed it). */
  settled(id: number, paths: readonly string[]): void {
    const settle = this.db.prepare('UPDATE published_files SET pending = 0 WHERE target_id = ? AND path = ?');
    for (const path of paths) settle.run(id, path);
  }
}

const SELECT_TARGETS = `
  SELECT t.id, t.name, t.url, t.key_file, t.host_key, t.secret_id, t.last_published_at,
    (SELECT count(*) FROM published_files f WHERE f.target_id = t.id AND f.hash IS NOT NULL) AS published_files
  FROM publish_targets t`;

function toTarget(row: TargetRow): StoredTarget {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    kind: parseTargetUrl(row.url).kind,
    keyFile: row.key_file,
    hostKey: row.host_key,
    secretId: row.secret_id,
    lastPublishedAt: row.last_published_at,
    publishedFiles: row.published_files,
  };
}
