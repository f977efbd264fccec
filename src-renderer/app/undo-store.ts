/**
 * The offer to undo the last delete: a notice with an Undo button for UNDO_MS (held while
 * the user is on it), one at a time; a newer delete replaces the offer for the older one.
 */
import { create } from 'zustand';
import { messageOf } from '../api/api-error';

export const UNDO_MS = 10_000;

export interface UndoOffer {
  id: number;
  /** What was deleted, in words: "Deleted “Soundtrack #2”." */
  message: string;
  /** Brings it back; throws the core's refusal. */
  restore(): Promise<void>;
}

interface UndoState {
  offer: UndoOffer | null;
  busy: boolean;
  /** Why the last Undo could not bring it back. */
  error: string | null;
}

export const useUndoStore = create<UndoState>()(() => ({ offer: null, busy: false, error: null }));

let nextId = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function expireLater(id: number) {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (useUndoStore.getState().offer?.id === id && !useUndoStore.getState().busy) dismissUndo();
  }, UNDO_MS);
}

/** Offers Undo for what was just deleted. */
export function offerUndo(message: string, restore: () => Promise<void>): void {
  const id = ++nextId;
  useUndoStore.setState({ offer: { id, message, restore }, busy: false, error: null });
  expireLater(id);
}

export function dismissUndo(): void {
  clearTimeout(timer);
  useUndoStore.setState({ offer: null, busy: false, error: null });
}

/** While the user is on the notice (focus or pointer), it stays; leaving it gives them the time again. */
export function holdUndo(held: boolean): void {
  const offer = useUndoStore.getState().offer;
  if (!offer) return;
  if (held) clearTimeout(timer);
  else expireLater(offer.id);
}

/** Brings back what the offer names; answers whether it did. A refusal stays on the notice, in plain words. */
export async function undo(): Promise<boolean> {
  const { offer, busy } = useUndoStore.getState();
  if (!offer || busy) return false;
  clearTimeout(timer);
  useUndoStore.setState({ busy: true, error: null });
  try {
    await offer.restore();
  } catch (error) {
    if (useUndoStore.getState().offer?.id === offer.id) useUndoStore.setState({ busy: false, error: messageOf(error) });
    return false;
  }
  if (useUndoStore.getState().offer?.id === offer.id) dismissUndo();
  return true;
}
