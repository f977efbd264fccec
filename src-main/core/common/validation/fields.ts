import { z } from 'zod';
import { AIRED_YEARS, GRADES, REVIEW_STATES, THEMES, WATCH_STATUSES } from '../model';
import { plainName } from './labels';

/**
 * Field builders whose messages name the field (in plain words, labels.ts) and the rule, so the
 * same text reads well in the CLI, in an IPC error and beside a form field.
 */

/**
 * How a message names a field, given the field's path in the input (`watch.status`) and the
 * core's own name for it (`status`). The CLI passes its options (`--status`), so each message
 * names what the user typed; the message is written with that name, never rewritten afterwards.
 */
export type FieldLabel = (path: string, name: string) => string;

/** The core's own naming: a field's key in plain words (labels.ts). */
export const fieldName: FieldLabel = (_path, name) => plainName(name);

export const MAX_TITLE = 200;
export const MAX_TOKEN = 60;
export const MAX_TOKENS = 12;
export const MAX_PARAGRAPH = 20_000;
export const MAX_PARAGRAPHS = 400;
export const MAX_NOTE = 20_000;
export const MAX_EPISODES = 999;

/**
 * Control characters no text in the journal may hold: Unicode's (C0, DEL, C1) but tab
 * and line feed. They are invisible where the text is shown, NUL cuts it short in
 * SQLite's functions, and XML (the site's feed) forbids most of them.
 */
const CONTROL_CHARACTER = /[^\P{Cc}\t\n]/u;

/** The first control character in `value` that a text may not hold, written `U+0000`, or null. */
export function controlCharacterIn(value: string): string | null {
  const found = CONTROL_CHARACTER.exec(value);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** Line ends as one `\n`: a CR from a pasted or Windows text is a line end, not a character to refuse. */
export const normaliseLineEnds = (value: string) => value.replace(/\r\n?/g, '\n');

/**
 * Refuses a control character, naming the field in the message; the error's `field` is the
 * issue's path in the input, as for every other problem (parseInput).
 */
export const refuseControlCharacters = (field: string) => (value: string, context: z.RefinementCtx) => {
  const character = controlCharacterIn(value);
  if (character === null) return;
  context.addIssue({
    code: 'custom',
    message: `${field} contains a control character (${character}); remove it`,
  });
};

export function text(key: string, opts: { min?: number; max: number }) {
  const field = plainName(key);
  const min = opts.min ?? 0;
  const rule =
    min > 0 ? `${field} must be text of 1 to ${opts.max} characters` : `${field} must be text of at most ${opts.max} characters`;
  return z
    .string({ error: rule })
    .transform((s) => normaliseLineEnds(s).trim())
    .superRefine(refuseControlCharacters(field))
    .refine((s) => s.length >= min, { error: min > 0 ? `${field} is required` : rule })
    .refine((s) => s.length <= opts.max, { error: `${field} must be at most ${opts.max} characters` });
}

export function wholeNumber(key: string, min: number, max: number) {
  const field = plainName(key);
  const rule = `${field} must be a whole number from ${min} to ${max}`;
  return z.number({ error: rule }).int({ error: rule }).min(min, { error: rule }).max(max, { error: rule });
}

export function oneOf<const T extends readonly [string, ...string[]]>(key: string, values: T) {
  return z.enum(values, { error: `${plainName(key)} must be one of ${values.join(', ')}` });
}

/** A list of names (platforms, genres); empty while none is known (publishing needs one, publish-rules.ts). */
export function tokenList(key: string, singular: string) {
  const field = plainName(key);
  return z
    .array(text(singular, { min: 1, max: MAX_TOKEN }), { error: `${field} must be a list of names` })
    .max(MAX_TOKENS, { error: `${field} can hold at most ${MAX_TOKENS} entries` })
    .refine((list) => new Set(list.map((t) => t.toLowerCase())).size === list.length, {
      error: `${field} lists the same ${singular} twice`,
    });
}

export const id = (field = 'id') => wholeNumber(field, 1, Number.MAX_SAFE_INTEGER);

export const calendarDate = (key: string, field = plainName(key)) =>
  z
    .string({ error: `${field} must be a date written YYYY-MM-DD` })
    .refine(isCalendarDate, { error: `${field} must be a real date written YYYY-MM-DD` })
    .nullable();

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A first air date as far as it is known (`AiredDate`): a year or null, a month or null,
 * and a month only with its year.
 */
export const airedDate = (field: string) =>
  z
    .strictObject(
      {
        year: wholeNumber(`${field} year`, AIRED_YEARS.min, AIRED_YEARS.max).nullable(),
        month: wholeNumber(`${field} month`, 1, 12).nullable(),
      },
      { error: `${plainName(field)} must be a year and a month` },
    )
    .refine((aired) => aired.month === null || aired.year !== null, {
      error: `${plainName(`${field} year`)} is needed with a month`,
      path: ['year'],
    });

/** Text that may be left empty: empty means not known yet, stored as null. */
export const optionalText = (key: string, max: number) =>
  text(key, { max })
    .transform((value) => value || null)
    .nullable();

export const yearMonth = (field: string) =>
  z.strictObject(
    {
      year: wholeNumber(`${field} year`, AIRED_YEARS.min, AIRED_YEARS.max),
      month: wholeNumber(`${field} month`, 1, 12),
    },
    { error: `${plainName(field)} must be a year and a month` },
  );

/** When a drama first aired, written `YYYY-MM`, or `YYYY` while the month is not known (as on a command line); checked like `airedDate`. */
export const yearMonthText = (field: string) =>
  z
    .string({ error: `${plainName(field)} must be a year and month written YYYY-MM, or a year alone` })
    .trim()
    .regex(/^\d{4}(-\d{1,2})?$/, { error: `${plainName(field)} must be a year and month written YYYY-MM, or a year alone` })
    .transform((value) => {
      const [year, month] = value.split('-').map(Number);
      return { year: year as number | null, month: (month as number | undefined) ?? null };
    })
    .pipe(airedDate(field));

export const grade = oneOf('grade', GRADES);
export const watchStatus = oneOf('status', WATCH_STATUSES);
export const reviewState = oneOf('state', REVIEW_STATES);
export const theme = oneOf('theme', THEMES);

export const paragraphs = (field: string) =>
  z
    .array(text('paragraph', { min: 1, max: MAX_PARAGRAPH }), { error: `${field} must be a list of paragraphs` })
    .max(MAX_PARAGRAPHS, { error: `${field} can hold at most ${MAX_PARAGRAPHS} paragraphs` });
