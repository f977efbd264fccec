import { api } from '../api/client';
import { offerUndo } from './undo-store';

type Restored = Awaited<ReturnType<typeof restoreDeleted>>;

const restoreDeleted = (undoToken: string) => api('trash.restore', { undoToken });

/** After a delete: offers Undo, which brings back what the delete's token names, then runs `afterRestore` (refresh, go back to it). */
export function offerUndoOfDelete(message: string, { undoToken }: { undoToken: string }, afterRestore: (restored: Restored) => void | Promise<void>): void {
  offerUndo(message, async () => {
    await afterRestore(await restoreDeleted(undoToken));
  });
}
