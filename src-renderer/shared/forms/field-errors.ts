import { ApiError, messageOf } from '../../api/api-error';

/**
 * The core names the field first in every validation message
 * ("episodes must be a whole number from 1 to 999", "watch.status is required"),
 * so a form finds the field to show it beside by that leading name.
 * `fieldsByName` maps the core's names (and their singulars, e.g. "platform") to the form's fields.
 */
export function fieldOfMessage<F extends string>(message: string, fieldsByName: Readonly<Record<string, F>>): F | null {
  const leading = message.trim().split(/\s+/, 1)[0] ?? '';
  const segments = leading.split('.').filter((s) => !/^\d+$/.test(s));
  for (let i = segments.length - 1; i >= 0; i--) {
    const field = fieldsByName[segments[i]!];
    if (field) return field;
  }
  return null;
}

export interface FormErrors<F extends string> {
  /** Messages shown beside a field. */
  fields: Partial<Record<F, string>>;
  /** A message that belongs to no single field, shown above the buttons. */
  form: string | null;
}

export const NO_ERRORS = { fields: {}, form: null } as const satisfies FormErrors<never>;

/** Places a failed save's message beside its field, or on the form as a whole. */
export function formErrorsFrom<F extends string>(
  error: unknown,
  fieldsByName: Readonly<Record<string, F>>,
  wordsFor: (message: string) => string,
): FormErrors<F> {
  const message = messageOf(error);
  const field = error instanceof ApiError && error.code === 'invalid-input' ? fieldOfMessage(message, fieldsByName) : null;
  const words = wordsFor(message);
  if (field) return { fields: { [field]: words } as Partial<Record<F, string>>, form: null };
  return { fields: {}, form: words };
}
