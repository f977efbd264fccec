/**
 * From what a form holds (text, as typed) to the values the core's schemas check. No rule is
 * checked here: an empty or odd value goes on as it is (an empty number as null), and the
 * schema answers with its own message for the field.
 */

/**
 * What a form builds before the schema has checked it: the input's shape, but any number may
 * still be null (an empty box). Only the schema turns it into the input type (`checkInput`).
 */
export type Unchecked<T> = T extends number
  ? number | null
  : T extends readonly (infer U)[]
    ? Unchecked<U>[]
    : T extends object
      ? { [K in keyof T]: Unchecked<T[K]> }
      : T;

/** A typed number, or null when the box is empty or holds something that is not a number. */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' || !Number.isFinite(Number(trimmed)) ? null : Number(trimmed);
}

/** A date input's value as the core stores a day: null when none is set. */
export function dayOrNull(text: string): string | null {
  return text || null;
}

/**
 * The fields of `now` whose value differs from `before`, so a form sends only what
 * the user changed and the core's own defaults still apply to the rest.
 */
export function changedFields<T extends object>(now: T, before: NoInfer<T>): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(now) as (keyof T)[]) {
    if (now[key] !== before[key]) changed[key] = now[key];
  }
  return changed;
}
