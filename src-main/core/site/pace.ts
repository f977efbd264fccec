/** How a long export shares the main thread: progress events, and a cancel noticed between steps. */
import { JournalError } from '../common/errors';
import type { ExportFiles } from './export-files';

/** Longest stretch without letting the event loop run (progress events, a cancel click). */
const SLICE_MS = 25;

export interface ExportProgress {
  done: number;
  total: number;
}

export const cancelled = () => new JournalError('cancelled', 'the export was cancelled; the folder was left as it was');
export const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Pace {
  private lastPause = performance.now();

  constructor(
    private readonly files: ExportFiles,
    private readonly signal: AbortSignal | undefined,
    private readonly onProgress: ((progress: ExportProgress) => void | Promise<void>) | undefined,
  ) {}

  /** Reports progress; what the listener returns is waited for at the next breath, not here. */
  progress(): void | Promise<void> {
    return this.onProgress?.({ done: this.files.done, total: this.files.total });
  }

  /** Throws `cancelled` once the export was asked to stop. */
  check(): void {
    if (this.signal?.aborted) throw cancelled();
  }

  /** Lets the event loop run now and then (always, when `force`); a cancel is noticed here. */
  async breathe(force = false): Promise<void> {
    if (!force && performance.now() - this.lastPause < SLICE_MS) return;
    // A host may hold the work until it has passed the progress on (see Host.progress).
    await this.progress();
    await pause();
    this.lastPause = performance.now();
    this.check();
  }
}
