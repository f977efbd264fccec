import type { ReactNode } from 'react';

/** What a field hands its control so the label, hint and error are tied to it. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A field's label, hint, error and the class of its wrapper: what every kind of field takes. */
export interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  /** A mark beside the label ("Required"), outside it so the field's name stays the label alone. */
  mark?: ReactNode;
}

interface FieldProps extends FieldFrameProps {
  children: (control: ControlProps) => ReactNode;
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(' ') : undefined;
}

/** A labelled control with its hint and, after a failed save, the core's message beside it. */
export function Field({ id, label, hint, error, className, mark, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      {mark ? (
        <div className="field__head">
          <label className="field__label" htmlFor={id}>
            {label}
          </label>
          {mark}
        </div>
      ) : (
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(errorId, hintId) })}
      {hint && (
        <p className="field__hint" id={hintId!}>
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string | null; message: string | undefined }) {
  if (!message || !id) return null;
  return (
    <p className="field__error" id={id}>
      <span aria-hidden="true" className="field__error-icon">
        !
      </span>
      {message}
    </p>
  );
}
