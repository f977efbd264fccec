import { JournalError } from '../common/errors';
import type { SecretPlace } from '../common/model';

/**
 * What the core needs from the desktop around it: asking the user for files and
 * folders, showing progress of long work, and opening what an export wrote. The Electron shell implements it
 * with native dialogs and window events; tests implement it with fixed answers.
 * Paths reach the core from here, never from the renderer, so a page cannot
 * name files on its own.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenFileRequest {
  title: string;
  filters?: FileFilter[];
  /** Let the user pick several files. */
  multiple?: boolean;
}

export interface SaveFileRequest {
  title: string;
  defaultName: string;
  filters?: FileFilter[];
}

export interface FolderRequest {
  title: string;
  /** The button label, e.g. "Export here". */
  buttonLabel?: string;
}

export interface ProgressEvent {
  /** Which long task this is, e.g. "site-export". */
  task: string;
  done: number;
  total: number;
  message?: string;
}

export interface Host {
  /** Files the user chose to open; empty when they cancelled. */
  chooseFiles(request: OpenFileRequest): Promise<string[]>;
  /** Where the user chose to save; null when they cancelled. */
  chooseSaveFile(request: SaveFileRequest): Promise<string | null>;
  /** The folder the user chose; null when they cancelled. */
  chooseFolder(request: FolderRequest): Promise<string | null>;
  /**
   * Shows progress of long work in the window. A host that answers with a promise holds the work
   * at its next pause until it settles (the tests hold an export there to cancel it mid-way).
   */
  progress(event: ProgressEvent): void | Promise<void>;
  /**
   * Whether a folder this host answered with stays where it is. A browser's download is
   * written to a scratch folder the server removes once the .zip is fetched: not a place to remember.
   */
  keepsFolder(folder: string): boolean;
  /**
   * Opens the exported site in `folder` (its index.html) in the user's web browser. Answers null
   * when the host opened it, or an address for the page to open itself (`dramalog serve` serves
   * the remembered site there, SITE_PATH).
   */
  openSite(folder: string): Promise<string | null>;
  /**
   * Shows `folder` in the system's file manager; false where there is none to show it in
   * (a browser), and the page shows the folder's path instead.
   */
  showFolder(folder: string): Promise<boolean>;
  /**
   * The password or key passphrase kept for a publish target (by its secret id), or null: the OS
   * keychain in the app (Electron's safeStorage), memory in a browser's server, the
   * DRAMALOG_PUBLISH_PASSWORD environment variable in the CLI. Never the journal.
   */
  publishSecret(secretId: string): Promise<string | null>;
  /** Keeps it (null: forgets it); refused (`forbidden`, in plain words) where nothing can be kept, as in the CLI. */
  keepPublishSecret(secretId: string, secret: string | null): Promise<void>;
  /** Where `keepPublishSecret` keeps a password, for the forms to say so. */
  secretPlace(): SecretPlace;
}

/** Where the CLI (and a script) takes a publish target's password or key passphrase from. */
export const PUBLISH_PASSWORD_ENV = 'DRAMALOG_PUBLISH_PASSWORD';

/** Where `dramalog serve` serves the remembered site, read-only (server/site-files.ts). */
export const SITE_PATH = '/site/';

/** A host with no user to ask: every choice is cancelled, progress goes nowhere. */
export const headlessHost: Host = {
  chooseFiles: async () => [],
  chooseSaveFile: async () => null,
  chooseFolder: async () => null,
  progress: () => {},
  keepsFolder: () => true,
  openSite: async () => {
    throw new JournalError('cancelled', 'there is no window here to open the site in');
  },
  showFolder: async () => false,
  // A script has no keychain; the CLI gives the password from its environment (cli/commands/publish.ts).
  publishSecret: async () => null,
  secretPlace: () => 'environment',
  keepPublishSecret: async (_secretId, secret) => {
    if (secret === null) return;
    throw new JournalError('forbidden', `The command line keeps no passwords: give it in ${PUBLISH_PASSWORD_ENV} when you publish, or use the SSH agent.`, { field: 'secret' });
  },
};
