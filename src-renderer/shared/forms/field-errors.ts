import type { CoreError } from '@common/errors';
import { ApiError, messageOf } from '../../api/api-error';
import { asSentence } from '../format/sentence';

export interface FormErrors<F extends string> {
  /** Messages shown beside a field. */
  fields: Partial<Record<F, string>>;
  /** A message that belongs to no single field, shown above the buttons. */
  form: string | null;
}

export const NO_ERRORS = { fields: {}, form: null } as const satisfies FormErrors<never>;

/**
 * The form field a problem belongs to, from the problem's `field` (the schema's path, e.g.
 * `aired.month` or `watch.status`): the whole path, else its last key, else its first.
 * `fields` maps the core's keys to the form's fields.
 */
export function formFieldOf<F extends string>(path: string | undefined, fields: Readonly<Record<string, F>>): F | null {
  if (!path) return null;
  const keys = path.split('.');
  return fields[path] ?? fields[keys[keys.length - 1]!] ?? fields[keys[0]!] ?? null;
}

/** Every problem beside its field (the first for each field), and the rest on the form as a whole. */
export function formErrorsOf<F extends string>(problems: readonly CoreError[], fields: Readonly<Record<string, F>>): FormErrors<F> {
  const placed: FormErrors<F> = { fields: {}, form: null };
  for (const problem of problems) {
    const field = formFieldOf(problem.field, fields);
    if (field) placed.fields[field] ??= asSentence(problem.message);
    else placed.form ??= asSentence(problem.message);
  }
  return placed;
}

/** Places a failed save's error beside its field (from the error's `field`), or on the form as a whole. */
export function formErrorsFrom<F extends string>(error: unknown, fields: Readonly<Record<string, F>>): FormErrors<F> {
  if (error instanceof ApiError && error.code === 'invalid-input') return formErrorsOf(error.problems ?? [error], fields);
  return { fields: {}, form: asSentence(messageOf(error)) };
}

/** The first field with a message, in the order the form shows them: where focus goes. */
export function firstFieldWithError<F extends string>(errors: FormErrors<F>, order: readonly F[]): F | null {
  return order.find((field) => errors.fields[field] !== undefined) ?? null;
}
