type Message = string | null | undefined;

/** A failed save's message that belongs to no single field, set off below the form. */
export function FormError({ message }: { message: Message }) {
  return <ErrorAlert className="form-error" message={message} />;
}

/** Why an action (a delete, a restore, an import…) failed: one red line. */
export function ActionError({ message }: { message: Message }) {
  return <ErrorAlert className="field__error" message={message} />;
}

/** Announced as soon as it appears; nothing at all when there is no message. */
function ErrorAlert({ className, message }: { className: string; message: Message }) {
  if (!message) return null;
  return (
    <p className={className} role="alert">
      {message}
    </p>
  );
}
