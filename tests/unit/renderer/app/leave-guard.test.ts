import { afterEach, describe, expect, test } from 'vitest';
import { discardAndLeave, guardUnsaved, hasUnsavedChanges, keepEditing, leaveThen, useLeaveGuardStore } from '../../../../src-renderer/app/leave-guard';

const undo: (() => void)[] = [];
afterEach(() => {
  while (undo.length) undo.pop()!();
  keepEditing();
});

function form(dirty: boolean) {
  const state = { dirty };
  undo.push(guardUnsaved(() => state.dirty));
  return state;
}

describe('leaving a form', () => {
  test('with nothing unsaved, leaving happens at once and nothing is asked', () => {
    form(false);
    const left: string[] = [];
    expect(leaveThen(() => left.push('library'))).toBe(true);
    expect(left).toEqual(['library']);
    expect(useLeaveGuardStore.getState().pending).toBeNull();
  });

  test('with unsaved typing, the user is asked and stays until they choose to discard', () => {
    form(false);
    form(true);
    const left: string[] = [];
    expect(leaveThen(() => left.push('library'))).toBe(false);
    expect(left).toEqual([]);
    expect(useLeaveGuardStore.getState().pending).not.toBeNull();

    discardAndLeave();
    expect(left).toEqual(['library']);
    expect(useLeaveGuardStore.getState().pending).toBeNull();
  });

  test('keep editing (the default answer) leaves nothing behind: the form stays and is still guarded', () => {
    form(true);
    const left: string[] = [];
    leaveThen(() => left.push('library'));
    keepEditing();
    expect(left).toEqual([]);
    expect(useLeaveGuardStore.getState().pending).toBeNull();
    expect(hasUnsavedChanges()).toBe(true);
  });

  test('a discarded form does not ask again while it is being left, but the next form asks as usual', () => {
    const typing = form(true);
    const asked: boolean[] = [];
    leaveThen(() => asked.push(hasUnsavedChanges()));
    discardAndLeave();
    expect(asked).toEqual([false]);
    expect(hasUnsavedChanges()).toBe(typing.dirty);
    expect(leaveThen(() => {})).toBe(false);
  });

  test('a form that saved or went away no longer counts', () => {
    const typing = form(true);
    typing.dirty = false;
    expect(hasUnsavedChanges()).toBe(false);
    const gone = guardUnsaved(() => true);
    expect(hasUnsavedChanges()).toBe(true);
    gone();
    expect(hasUnsavedChanges()).toBe(false);
  });

  test('the newest question replaces an older one: only the last leaving goes ahead', () => {
    form(true);
    const left: string[] = [];
    leaveThen(() => left.push('settings'));
    leaveThen(() => left.push('library'));
    discardAndLeave();
    expect(left).toEqual(['library']);
  });
});
