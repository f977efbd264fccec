/**
 * The one guard against leaving unsaved typing behind. A form says it holds unsaved changes
 * (useUnsavedChanges); everything that leaves the screen (navigate, so the nav, links, the
 * command palette and menu commands; back and forward; closing a browser tab) asks
 * `leaveThen` first, which leaves at once when nothing is unsaved and otherwise asks
 * "Discard changes?", keeping the user on the form unless they choose to discard.
 */
import { useEffect, useRef } from 'react';
import { create } from 'zustand';

type DirtyCheck = () => boolean;

interface LeaveGuardState {
  /** The leaving waiting for the user's answer, or null when nothing is being asked. */
  pending: (() => void) | null;
}

export const useLeaveGuardStore = create<LeaveGuardState>()(() => ({ pending: null }));

const checks = new Set<DirtyCheck>();
/** Set while a discarded form is being left, so that leaving does not ask again. */
let discarding = false;

/** Counts `isDirty` among the unsaved work until the returned function is called. */
export function guardUnsaved(isDirty: DirtyCheck): () => void {
  const check: DirtyCheck = () => isDirty();
  checks.add(check);
  return () => void checks.delete(check);
}

export function hasUnsavedChanges(): boolean {
  if (discarding) return false;
  for (const isDirty of checks) if (isDirty()) return true;
  return false;
}

/** Leaves now when nothing is unsaved (answers true); otherwise asks, and leaves only if the user discards. */
export function leaveThen(leave: () => void): boolean {
  if (!hasUnsavedChanges()) {
    leave();
    return true;
  }
  useLeaveGuardStore.setState({ pending: leave });
  return false;
}

/** The user chose "Discard changes": the pending leaving goes ahead without asking again. */
export function discardAndLeave(): void {
  const leave = useLeaveGuardStore.getState().pending;
  useLeaveGuardStore.setState({ pending: null });
  if (!leave) return;
  discarding = true;
  try {
    leave();
  } finally {
    discarding = false;
  }
}

/** The user chose to keep editing: nothing happens. */
export function keepEditing(): void {
  useLeaveGuardStore.setState({ pending: null });
}

/** While the calling form is mounted, `dirty` says whether it holds unsaved changes. */
export function useUnsavedChanges(dirty: boolean): void {
  const latest = useRef(dirty);
  latest.current = dirty;
  useEffect(() => guardUnsaved(() => latest.current), []);
}
