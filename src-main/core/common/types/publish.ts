import type { CoreError } from '../errors';

/**
 * Where a publish password is kept, as the Host says: the OS keychain (the app), only until the app
 * quits (the app on a Linux without a keyring), the server's memory until it stops (`dramalog
 * serve`), or nowhere, given at each publish in DRAMALOG_PUBLISH_PASSWORD (the CLI).
 */
export const SECRET_PLACES = ['keychain', 'app-session', 'server-memory', 'environment'] as const;
export type SecretPlace = (typeof SECRET_PLACES)[number];

/** Where the site is published: a folder, an SFTP or FTPS server, or a branch of a git remote. */
export const PUBLISH_KINDS = ['folder', 'sftp', 'ftps', 'git'] as const;
export type PublishKind = (typeof PUBLISH_KINDS)[number];

/**
 * A target's address, read from its URL (common/publish-address.ts):
 * `file:///path`, `sftp://user@host[:port]/path`, `ftps://user@host[:port]/path`, `git+URL#branch`.
 */
export type PublishAddress =
  | { kind: 'folder'; path: string }
  | ({ kind: 'sftp' } & ServerLogin)
  | ({ kind: 'ftps' } & ServerLogin)
  | {
      kind: 'git';
      /** What git is given (`https://…`, `ssh://…`, `user@host:repo`, `file:///…`), without `git+` and the branch. */
      remote: string;
      branch: string;
      /** The ssh server's host and port when the remote is reached over ssh, for its host key. */
      ssh: { host: string; port: number } | null;
    };

/** Who logs in where, on an SFTP or FTPS server; `path` is absolute, or relative to the login's home (`.` for the home itself). */
export interface ServerLogin {
  user: string;
  host: string;
  port: number;
  path: string;
}

/** A publish target as the app lists it. Secrets are never part of it: see `hasSecret`. */
export interface PublishTarget {
  id: number;
  /** The user's name for it, unique in the journal whatever the letter case. */
  name: string;
  /** The address as typed, normalised (`publish-address.ts` formatTargetUrl). */
  url: string;
  kind: PublishKind;
  /** A private key file for SFTP or git over ssh; null uses the SSH agent, then ~/.ssh's usual keys. */
  keyFile: string | null;
  /**
   * The server's identity pinned at the first publish (an SSH host key's `SHA256:…` fingerprint for
   * SFTP, the known_hosts lines ssh wrote for git over ssh, an FTPS certificate's SHA-256 when no
   * authority vouches for it); checked at every publish after.
   */
  hostKey: string | null;
  /** Where a password or key passphrase can be kept: whether one is kept for this target now. */
  hasSecret: boolean;
  /** When the last publish to it finished, ISO 8601, or null before the first. */
  lastPublishedAt: string | null;
  /** How many files Dramalog has published there (and would delete once it no longer writes them). */
  publishedFiles: number;
}

/** What one publish to one target did (or, with `dryRun`, would do): site paths, `/`-separated. */
export interface PublishResult {
  target: string;
  url: string;
  dryRun: boolean;
  uploaded: string[];
  deleted: string[];
  unchanged: string[];
  /** What the site left out and why (an incomplete review), one sentence each. */
  notes: string[];
  /**
   * Publishing to every target carries on past one that refuses: what stopped this one, as data
   * (`uploaded`, `deleted` and `unchanged` are then empty; the next publish to it finishes the job).
   */
  failure?: CoreError;
}
