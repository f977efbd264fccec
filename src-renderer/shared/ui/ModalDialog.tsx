import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

interface ModalDialogProps {
  /** The dialog is shown as a modal while this is true, and closed when it turns false. */
  open: boolean;
  className: string;
  labelledBy: string;
  describedBy?: string;
  /** Given focus as the dialog opens, instead of its first control. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Esc was pressed. The dialog stays open until `open` turns false, so its owner decides (not while busy, say). */
  onEscape(): void;
  children: ReactNode;
}

/** A modal <dialog>: focus stays inside while it is open, and the page behind cannot be reached. */
export function ModalDialog({ open, className, labelledBy, describedBy, initialFocus, onEscape, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      initialFocus?.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, initialFocus]);

  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onEscape();
      }}
    >
      {children}
    </dialog>
  );
}
