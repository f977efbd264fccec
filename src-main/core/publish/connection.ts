/**
 * What the publisher (publish.ts) needs from a place a site can be published to. One driver per
 * kind (drivers/folder.ts, sftp.ts, ftps.ts, git.ts) implements it; the publisher decides what to
 * upload and delete, in which order, and keeps the record of what it published, so the drivers
 * only move files. Paths are the site's own (`reviews/x.html`), `/`-separated, relative to the
 * target's folder; a driver never touches anything outside that folder.
 */
import type { PublishAddress } from '../common/model';

export interface PublishConnection {
  /**
   * true: each `put` and `remove` is live on the site when it resolves (a folder, SFTP, FTPS: each
   * put is written beside its file and renamed over it). false: nothing is live until `finish`
   * resolves (git: one commit, pushed).
   */
  readonly liveEachFile: boolean;
  /** How many puts the publisher may run at once on this connection. */
  readonly parallel: number;
  /**
   * The names (files and folders) in one of the site's folders (`''` for the top, `reviews` …),
   * or an empty set when there is no such folder. The publisher asks before it first writes a
   * path, so a file it did not publish is never written over.
   */
  list(folder: string): Promise<Set<string>>;
  /**
   * Puts the file at `source` (on this computer) at `path`, making its folders. Written beside
   * the old file (DRAMALOG_PART_SUFFIX) and renamed over it where the server allows, so a reader
   * sees the old page or the new one, never half of one.
   */
  put(path: string, source: string): Promise<void>;
  /** Removes `path`; a path already gone is no error. Folders are left in place. */
  remove(path: string): Promise<void>;
  /** Removes what an interrupted `put` of `path` may have left beside it; nothing there is no error. */
  discardPart(path: string): Promise<void>;
  /** Makes what was put and removed live where it is not yet (git commits with `message` and pushes); nothing elsewhere. */
  finish(message: string): Promise<void>;
  /** Ends the connection; safe to call twice, and after a failure. */
  close(): Promise<void>;
}

/** Where a put is written before it is renamed over its file: `reviews/.x.html.dramalog-part`. */
export const DRAMALOG_PART_SUFFIX = '.dramalog-part';

export function partPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}${DRAMALOG_PART_SUFFIX}`;
}

export interface ConnectOptions<A extends PublishAddress = PublishAddress> {
  address: A;
  /** The password, or the key file's passphrase, the user gave; null when none was given. */
  secret: string | null;
  /** A private key file to log in with (SFTP, git over ssh); null tries the SSH agent, then ~/.ssh's usual keys. */
  keyFile: string | null;
  /**
   * The server's identity pinned at the first publish, or null before it. A driver checks it
   * before it sends any password (refusing with `host-key-changed`) and answers what it saw.
   */
  hostKey: string | null;
  /** A folder this target may keep between publishes (git keeps its clone there). */
  workDir: string;
  /** Cancel: the driver stops what it is doing and rejects with `cancelled`. */
  signal: AbortSignal;
}

export interface Connected {
  connection: PublishConnection;
  /** The server's identity as seen now (to pin when none was pinned); null where there is none (a folder, git over https). */
  hostKey: string | null;
}

export type Connect<A extends PublishAddress = PublishAddress> = (options: ConnectOptions<A>) => Promise<Connected>;
