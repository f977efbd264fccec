/**
 * From what a form holds (text, as typed) to the core's values. No rule is checked
 * here: an empty or odd value goes on as it is, so the core answers with its own
 * message for the field.
 */

/** An empty or unreadable number goes to the core as null, which it refuses with the field's own message. */
export function numberOrNull(text: string): number {
  const trimmed = text.trim();
  return (trimmed === '' || !Number.isFinite(Number(trimmed)) ? null : Number(trimmed)) as number;
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
