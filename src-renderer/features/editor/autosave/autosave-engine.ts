/**
 * Autosave, apart from what is saved: no React, no store, no API. The owner
 * holds the text; the engine decides when it is saved and says how that went.
 *
 * - a change is saved `debounceMs` after changes stop; flush() saves at once;
 * - saves run one at a time; a flush while one runs waits for it, then saves
 *   whatever is newest (a change made during a save is saved after it);
 * - a save that fails keeps the text, reports why, and is tried again after a
 *   growing pause when trying again could help (the journal could not be reached);
 * - while anything is unsaved, a copy is written to the backup storage moments
 *   after each change (and at once on failure or on backupNow()); it is cleared
 *   once the journal has everything.
 *
 * The state ({status, message}) is observable with subscribe(), so a store can
 * mirror it and another part of the app can tell whether anything is pending.
 */

export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaveState {
  status: AutosaveStatus;
  /** Why the last save failed, as the save function said it; null once a save succeeds. */
  message: string | null;
}

export type SaveOutcome = { ok: true } | { ok: false; message: string; retry: boolean };

export interface BackupStorage {
  /** Writes the copy of what is unsaved now; `at` is when (ms since 1970). */
  write(at: number): void;
  clear(): void;
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface AutosaveDelays {
  debounceMs: number;
  backupMs: number;
  /** Pauses before each retry of a failed save; the last repeats. */
  retryMs: readonly number[];
}

export const DEFAULT_DELAYS: AutosaveDelays = { debounceMs: 800, backupMs: 250, retryMs: [2_000, 5_000, 15_000, 30_000] };

// Looked up at each call, so fake timers installed after the engine was made still apply.
const GLOBAL_TIMERS: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export interface AutosaveOptions {
  /** Starts saving what is held now; answers null when the journal already has all of it. */
  save(): Promise<SaveOutcome> | null;
  backup: BackupStorage;
  timers?: Timers;
  delays?: Partial<AutosaveDelays>;
}

export interface AutosaveEngine {
  getState(): AutosaveState;
  subscribe(listener: (state: AutosaveState) => void): () => void;
  /** Something changed: save it once changes stop. */
  changed(): void;
  /** Saves what is held now; resolves true once the journal has all of it. */
  flush(): Promise<boolean>;
  /** Writes the backup copy at once, if anything is unsaved (the page is going away). */
  backupNow(): void;
  /** Stops the scheduled save and backup (other text is about to be loaded). */
  cancel(): void;
  /**
   * Other text was loaded (a review opened, a revision restored): forgets the
   * schedule and retries; a save still running for the old text will not change
   * the state. `pending` starts a save of the loaded text at once.
   */
  reset(status: 'saved' | 'pending'): void;
}

export function createAutosaveEngine(options: AutosaveOptions): AutosaveEngine {
  const timers = options.timers ?? GLOBAL_TIMERS;
  const delays = { ...DEFAULT_DELAYS, ...options.delays };
  const listeners = new Set<(state: AutosaveState) => void>();
  let state: AutosaveState = { status: 'saved', message: null };
  /** Counts changes; a save that started at an older count leaves the status "pending". */
  let version = 0;
  /** Counts resets; a save that started before one leaves the state alone. */
  let generation = 0;
  let saveTimer: unknown;
  let backupTimer: unknown;
  let retries = 0;
  let queue: Promise<boolean> = Promise.resolve(true);
  let queued = false;

  function setState(next: AutosaveState) {
    state = next;
    for (const listener of listeners) listener(state);
  }

  function scheduleSave(delay: number) {
    timers.clearTimeout(saveTimer);
    saveTimer = timers.setTimeout(() => void flush(), delay);
  }

  function backupNow() {
    timers.clearTimeout(backupTimer);
    if (state.status !== 'saved') options.backup.write(timers.now());
  }

  function markSaved() {
    setState({ status: 'saved', message: null });
    options.backup.clear();
  }

  async function runSave(): Promise<boolean> {
    const startedAt = version;
    const startedIn = generation;
    const saving = options.save();
    if (!saving) {
      markSaved();
      return true;
    }
    setState({ status: 'saving', message: state.message });
    let outcome: SaveOutcome;
    try {
      outcome = await saving;
    } catch (error) {
      outcome = { ok: false, message: error instanceof Error ? error.message : String(error), retry: true };
    }
    if (startedIn !== generation) return outcome.ok;
    if (outcome.ok) {
      retries = 0;
      if (startedAt === version) {
        markSaved();
        return true;
      }
      setState({ status: 'pending', message: state.message });
      scheduleSave(delays.debounceMs);
      return false;
    }
    setState({ status: 'error', message: outcome.message });
    backupNow();
    if (outcome.retry) scheduleSave(delays.retryMs[Math.min(retries++, delays.retryMs.length - 1)]!);
    return false;
  }

  function flush(): Promise<boolean> {
    timers.clearTimeout(saveTimer);
    if (queued) return queue;
    queued = true;
    const run = () => {
      queued = false;
      return runSave();
    };
    queue = queue.then(run, run);
    return queue;
  }

  function cancel() {
    timers.clearTimeout(saveTimer);
    timers.clearTimeout(backupTimer);
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    changed() {
      version += 1;
      retries = 0;
      setState({ status: state.status === 'saving' ? 'saving' : 'pending', message: state.message });
      timers.clearTimeout(backupTimer);
      backupTimer = timers.setTimeout(backupNow, delays.backupMs);
      scheduleSave(delays.debounceMs);
    },
    flush,
    backupNow,
    cancel,
    reset(status) {
      cancel();
      version += 1;
      generation += 1;
      retries = 0;
      if (status === 'saved') markSaved();
      else {
        setState({ status, message: null });
        void flush();
      }
    },
  };
}
