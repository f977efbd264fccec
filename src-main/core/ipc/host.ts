/**
 * What the core needs from the desktop around it: asking the user for files and
 * folders, and showing progress of long work. The Electron shell implements it
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
}

/** A host with no user to ask: every choice is cancelled, progress goes nowhere. */
export const headlessHost: Host = {
  chooseFiles: async () => [],
  chooseSaveFile: async () => null,
  chooseFolder: async () => null,
  progress: () => {},
};
