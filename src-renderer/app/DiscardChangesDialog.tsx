import { ConfirmDialog } from '../shared/ui/ConfirmDialog';
import { discardAndLeave, keepEditing, useLeaveGuardStore } from './leave-guard';

/** The question before leaving a form with unsaved changes; "Keep editing" has focus, and Esc keeps editing too. */
export function DiscardChangesDialog() {
  const asking = useLeaveGuardStore((s) => s.pending !== null);
  return (
    <ConfirmDialog open={asking} title="Discard changes?" confirmLabel="Discard changes" cancelLabel="Keep editing" onConfirm={discardAndLeave} onCancel={keepEditing}>
      <p>What you typed here has not been saved. Leaving now throws it away.</p>
    </ConfirmDialog>
  );
}
