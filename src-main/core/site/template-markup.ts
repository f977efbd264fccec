/**
 * What the export's templates share (page-template.ts, pages/entry-items.ts):
 * React draws a component once with a placeholder in every value, and each
 * page or entry is that markup with its own values put in, escaped exactly as
 * React escapes them.
 */

/** Escapes text and attribute values as react-dom/server does (`escapeTextForBrowser`). */
export function escapeAsReact(text: string): string {
  if (!/["'&<>]/.test(text)) return text;
  return text.replace(/["'&<>]/g, (c) => (c === '"' ? '&quot;' : c === "'" ? '&#x27;' : c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Placeholders are a private-use character around a name: React leaves them as they are. */
export const MARK = '\uE000';
const PLACEHOLDER = /\uE000([A-Za-z0-9]*)\uE000/;

export const placeholder = (name: string) => `${MARK}${name}${MARK}`;

/** Splits markup at its placeholders: literal markup at even indexes, placeholder names at odd ones. */
export function splitAtPlaceholders(markup: string): string[] {
  return markup.split(new RegExp(PLACEHOLDER.source));
}

/**
 * Markup drawn with placeholders as a template: literal pieces, and what
 * `slotOf` makes of each placeholder. Null when a placeholder is one `slotOf`
 * does not know (returns null for) or is left broken: the component showed a
 * value some other way than the template expects.
 */
export function parseTemplate<Slot>(markup: string, slotOf: (name: string) => Slot | null): (string | Slot)[] | null {
  const parts = splitAtPlaceholders(markup);
  const pieces: (string | Slot)[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    if (i % 2 === 0) {
      if (part.includes(MARK)) return null;
      if (part) pieces.push(part);
      continue;
    }
    const slot = slotOf(part);
    if (slot === null) return null;
    pieces.push(slot);
  }
  return pieces;
}

/**
 * Link targets a template may put in as they are: relative page addresses
 * (`curtain-call.html`, `../reviews/soundtrack-2.html`), which need no
 * escaping and which React would not rewrite (it rewrites `javascript:` URLs).
 */
export const PLAIN_HREF = /^[A-Za-z0-9._/-]+$/;
