import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ApiError } from '../../../../src-renderer/api/api-error';
import { dismissUndo, holdUndo, offerUndo, undo, UNDO_MS, useUndoStore } from '../../../../src-renderer/app/undo-store';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  dismissUndo();
  vi.useRealTimers();
});

describe('undo after a delete', () => {
  test('Undo brings back what was deleted, once, and the notice goes', async () => {
    const restored: string[] = [];
    offerUndo('Deleted “Soundtrack #2”.', async () => void restored.push('Soundtrack #2'));
    expect(useUndoStore.getState().offer?.message).toBe('Deleted “Soundtrack #2”.');
    expect(await undo()).toBe(true);
    expect(restored).toEqual(['Soundtrack #2']);
    expect(useUndoStore.getState().offer).toBeNull();
    expect(await undo()).toBe(false);
    expect(restored).toEqual(['Soundtrack #2']);
  });

  test('the offer lasts a few seconds, and not while the user is on it', () => {
    offerUndo('Deleted the note.', async () => {});
    vi.advanceTimersByTime(UNDO_MS - 1);
    expect(useUndoStore.getState().offer).not.toBeNull();
    holdUndo(true);
    vi.advanceTimersByTime(UNDO_MS * 3);
    expect(useUndoStore.getState().offer).not.toBeNull();
    holdUndo(false);
    vi.advanceTimersByTime(UNDO_MS);
    expect(useUndoStore.getState().offer).toBeNull();
  });

  test('a newer delete replaces the offer: Undo brings back the newest', async () => {
    const restored: string[] = [];
    offerUndo('Deleted the note.', async () => void restored.push('note'));
    offerUndo('Removed Kim Ji Won from the cast.', async () => void restored.push('cast'));
    await undo();
    expect(restored).toEqual(['cast']);
  });

  test('a refused restore keeps the notice, with the reason in plain words, and can be tried again', async () => {
    let refuse = true;
    offerUndo('Deleted “Gone”.', async () => {
      if (refuse) throw new ApiError({ code: 'conflict', message: '“Gone” cannot be brought back: the journal has changed since it was deleted.' });
    });
    expect(await undo()).toBe(false);
    expect(useUndoStore.getState()).toMatchObject({
      busy: false,
      error: '“Gone” cannot be brought back: the journal has changed since it was deleted.',
    });
    refuse = false;
    expect(await undo()).toBe(true);
    expect(useUndoStore.getState().offer).toBeNull();
  });
});
