/** What an export has settled so far: each file's manifest entry, and the counts its result reports. */
import type { ManifestFile } from './manifest';

export class ExportFiles {
  readonly entries: Record<string, ManifestFile> = {};
  /** The same entries as a Map, for the next export's lookups (manifest.ts `recordedFiles`). */
  readonly byPath = new Map<string, ManifestFile>();
  /** Files settled, for progress. */
  done = 0;
  written = 0;
  renderedOnThreads = 0;
  writtenOnThreads = 0;

  constructor(
    /** Every file of the export, for progress. */
    readonly total: number,
  ) {}

  /**
   * A file as it now is in the export: its hash, its key ('' for "its hash"), whether this export
   * wrote it, and which other thread dealt with it: drew and wrote it ('rendered'), or wrote it ('written').
   */
  settle(path: string, hash: string, key: string, written: boolean, onThread: 'rendered' | 'written' | null = null): void {
    const entry = { hash, key: key || hash };
    this.entries[path] = entry;
    this.byPath.set(path, entry);
    if (written) this.written += 1;
    if (onThread === 'rendered') this.renderedOnThreads += 1;
    if (onThread) this.writtenOnThreads += 1;
    this.done += 1;
  }

  /** A file the earlier export wrote and this one leaves as it is. */
  keep(path: string, entry: ManifestFile): void {
    this.entries[path] = entry;
    this.byPath.set(path, entry);
    this.done += 1;
  }
}
