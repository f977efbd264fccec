/**
 * Autosave on its own (src-renderer/features/editor/autosave/autosave-engine.ts),
 * against a fake journal that takes SAVE_MS to answer, on fake timers: what the
 * user would notice is what the journal ends up holding, what the status says,
 * and whether a copy of unsaved typing survives.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAutosaveEngine, type AutosaveStatus, type SaveOutcome } from '../../../../../../src-renderer/features/editor/autosave/autosave-engine';

const DEBOUNCE_MS = 800;
const BACKUP_MS = 250;
const RETRY_MS = [2_000, 5_000];
const SAVE_MS = 50;

function setup() {
  let typed = '';
  const journal = {
    stored: '',
    /** The texts the engine asked the journal to save, in order. */
    attempts: [] as string[],
    /** Answers for the next attempts; an attempt with none planned succeeds. */
    failures: [] as { message: string; retry: boolean }[],
    inFlight: 0,
    mostInFlight: 0,
  };
  const backup = { copy: null as { text: string; at: number } | null };
  const statuses: AutosaveStatus[] = [];
  const engine = createAutosaveEngine({
    save() {
      if (typed === journal.stored) return null;
      const text = typed;
      journal.attempts.push(text);
      const failure = journal.failures.shift();
      journal.mostInFlight = Math.max(journal.mostInFlight, ++journal.inFlight);
      return new Promise<SaveOutcome>((resolve) =>
        setTimeout(() => {
          journal.inFlight -= 1;
          if (failure) return resolve({ ok: false, ...failure });
          journal.stored = text;
          resolve({ ok: true });
        }, SAVE_MS),
      );
    },
    backup: {
      write: (at) => void (backup.copy = { text: typed, at }),
      clear: () => void (backup.copy = null),
    },
    delays: { debounceMs: DEBOUNCE_MS, backupMs: BACKUP_MS, retryMs: RETRY_MS },
  });
  engine.subscribe(({ status }) => {
    if (statuses.at(-1) !== status) statuses.push(status);
  });
  const type = (text: string) => {
    typed = text;
    engine.changed();
  };
  return { engine, journal, backup, statuses, type, status: () => engine.getState().status };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  test('typing is saved once, when it stops, with all of it', async () => {
    const { journal, type, status, statuses } = setup();
    for (const text of ['A', 'An', 'Ann', 'Anna']) {
      type(text);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(journal.attempts).toEqual([]);
    expect(status()).toBe('pending');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 300 + SAVE_MS);
    expect(journal.attempts).toEqual(['Anna']);
    expect(journal.stored).toBe('Anna');
    expect(status()).toBe('saved');
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });

  test('a failed save keeps the text, says why, and is tried again after growing pauses', async () => {
    const { journal, backup, type, engine, status } = setup();
    journal.failures.push({ message: 'The journal could not be reached.', retry: true }, { message: 'Still not.', retry: true });
    type('Episode 3 was the best.');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + SAVE_MS);
    expect(engine.getState()).toEqual({ status: 'error', message: 'The journal could not be reached.' });
    expect(backup.copy?.text).toBe('Episode 3 was the best.');

    await vi.advanceTimersByTimeAsync(RETRY_MS[0]! - 1);
    expect(journal.attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1 + SAVE_MS);
    expect(journal.attempts).toHaveLength(2);
    expect(engine.getState().message).toBe('Still not.');

    await vi.advanceTimersByTimeAsync(RETRY_MS[1]! - 1);
    expect(journal.attempts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1 + SAVE_MS);
    expect(journal.stored).toBe('Episode 3 was the best.');
    expect(engine.getState()).toEqual({ status: 'saved', message: null });
    expect(backup.copy).toBeNull();
    // Once saved, nothing more is tried.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(journal.attempts).toHaveLength(3);
    expect(status()).toBe('saved');
  });

  test('the longest pause repeats for as long as saving fails', async () => {
    const { journal, type } = setup();
    journal.failures.push(...Array.from({ length: 4 }, () => ({ message: 'Offline.', retry: true })));
    type('x');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + SAVE_MS + RETRY_MS[0]! + SAVE_MS + RETRY_MS[1]! + SAVE_MS);
    expect(journal.attempts).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(RETRY_MS[1]! + SAVE_MS);
    expect(journal.attempts).toHaveLength(4);
  });

  test('a refusal that trying again cannot fix waits for the next change', async () => {
    const { journal, type, status } = setup();
    journal.failures.push({ message: 'Grade is not one of the grades.', retry: false });
    type('bad');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + SAVE_MS + 60_000);
    expect(journal.attempts).toEqual(['bad']);
    expect(status()).toBe('error');
    type('good');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + SAVE_MS);
    expect(journal.stored).toBe('good');
    expect(status()).toBe('saved');
  });

  test('a flush (closing the window) saves what is pending at once', async () => {
    const { journal, type, engine } = setup();
    type('Written just before closing');
    const flushed = engine.flush();
    await vi.advanceTimersByTimeAsync(SAVE_MS);
    await expect(flushed).resolves.toBe(true);
    expect(journal.stored).toBe('Written just before closing');
    // The debounced save it replaced does not run again.
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(journal.attempts).toHaveLength(1);
  });

  test('a flush with nothing unsaved answers true without asking the journal', async () => {
    const { journal, engine } = setup();
    await expect(engine.flush()).resolves.toBe(true);
    expect(journal.attempts).toEqual([]);
  });

  test('a change made while a save runs is saved after it, never lost', async () => {
    const { journal, type, engine, status } = setup();
    type('first');
    const first = engine.flush();
    await vi.advanceTimersByTimeAsync(SAVE_MS / 2);
    type('first and second');
    expect(status()).toBe('saving');
    await vi.advanceTimersByTimeAsync(SAVE_MS / 2);
    // The journal has the first text only: not all of it, so not "saved".
    await expect(first).resolves.toBe(false);
    expect(journal.stored).toBe('first');
    expect(status()).toBe('pending');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + SAVE_MS);
    expect(journal.attempts).toEqual(['first', 'first and second']);
    expect(status()).toBe('saved');
  });

  test('saves run one at a time; flushes while one runs share the save that follows it', async () => {
    const { journal, type, engine } = setup();
    type('one');
    const first = engine.flush();
    await vi.advanceTimersByTimeAsync(0);
    type('two');
    const second = engine.flush();
    type('three');
    const third = engine.flush();
    expect(third).toBe(second);
    await vi.advanceTimersByTimeAsync(SAVE_MS * 2);
    await expect(first).resolves.toBe(false);
    await expect(second).resolves.toBe(true);
    expect(journal.attempts).toEqual(['one', 'three']);
    expect(journal.stored).toBe('three');
    expect(journal.mostInFlight).toBe(1);
  });

  test('a copy of unsaved typing is kept moments after a change and removed once saved', async () => {
    const { backup, type, engine } = setup();
    type('draft');
    expect(backup.copy).toBeNull();
    await vi.advanceTimersByTimeAsync(BACKUP_MS);
    expect(backup.copy).toEqual({ text: 'draft', at: Date.now() });
    type('draft, longer');
    engine.backupNow();
    expect(backup.copy?.text).toBe('draft, longer');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + SAVE_MS);
    expect(backup.copy).toBeNull();
    // Nothing unsaved: no copy is written.
    engine.backupNow();
    expect(backup.copy).toBeNull();
  });

  test('other text loaded while a save runs: that save does not change what the status says', async () => {
    const { journal, type, engine, status } = setup();
    journal.failures.push({ message: 'Offline.', retry: true });
    type('old review');
    void engine.flush();
    await vi.advanceTimersByTimeAsync(SAVE_MS / 2);
    engine.reset('saved');
    await vi.advanceTimersByTimeAsync(SAVE_MS + 60_000);
    expect(status()).toBe('saved');
    expect(journal.attempts).toEqual(['old review']);
  });

  test('loading text that still needs saving (recovered typing) saves it at once', async () => {
    const { journal, type, engine, status } = setup();
    type('recovered');
    engine.cancel();
    engine.reset('pending');
    expect(status()).toBe('pending');
    await vi.advanceTimersByTimeAsync(SAVE_MS);
    expect(journal.stored).toBe('recovered');
    expect(status()).toBe('saved');
  });
});
