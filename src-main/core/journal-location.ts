import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** Electron derives the userData folder from this name (package.json productName). */
export const APP_NAME = 'Dramalog';
export const JOURNAL_FILE = 'journal.sqlite';
/** The environment variable that points at another journal. */
export const JOURNAL_ENV = 'DRAMALOG_DB';

type Env = Readonly<Record<string, string | undefined>>;

export interface Host {
  platform: NodeJS.Platform;
  env: Env;
  homedir: string;
}

const currentHost = (): Host => ({ platform: process.platform, env: process.env, homedir: homedir() });

const pathsFor = (platform: NodeJS.Platform) => (platform === 'win32' ? win32 : posix);

/**
 * The userData folder Electron gives an app named Dramalog, computed without
 * Electron so the CLI (plain Node) finds the same journal as the app.
 */
export function userDataDir(host: Host = currentHost()): string {
  const path = pathsFor(host.platform);
  switch (host.platform) {
    case 'win32':
      return path.join(host.env.APPDATA || path.join(host.homedir, 'AppData', 'Roaming'), APP_NAME);
    case 'darwin':
      return path.join(host.homedir, 'Library', 'Application Support', APP_NAME);
    default:
      return path.join(host.env.XDG_CONFIG_HOME || path.join(host.homedir, '.config'), APP_NAME);
  }
}

/** Where the journal lives when neither `--db` nor DRAMALOG_DB says otherwise. */
export function defaultJournalPath(host: Host = currentHost()): string {
  return pathsFor(host.platform).join(userDataDir(host), JOURNAL_FILE);
}

export interface JournalPathSources {
  /** The value of a `--db PATH` argument, if one was given. */
  flag?: string;
  env?: Env;
  /** Relative paths from the flag or the environment are taken from here. */
  cwd?: string;
  /** The app passes Electron's `app.getPath('userData')`; the CLI leaves it out. */
  userDataDir?: string;
  host?: Host;
}

/** `--db PATH` wins, then DRAMALOG_DB, then journal.sqlite in the userData folder. */
export function resolveJournalPath(sources: JournalPathSources = {}): string {
  // The environment given (the CLI's) also decides XDG_CONFIG_HOME and APPDATA, not only DRAMALOG_DB.
  const base = sources.host ?? currentHost();
  const host = sources.env ? { ...base, env: sources.env } : base;
  const path = pathsFor(host.platform);
  const cwd = sources.cwd ?? process.cwd();
  const chosen = sources.flag?.trim() || host.env[JOURNAL_ENV]?.trim();
  if (chosen) return path.resolve(cwd, chosen);
  if (sources.userDataDir) return path.join(sources.userDataDir, JOURNAL_FILE);
  return defaultJournalPath(host);
}
