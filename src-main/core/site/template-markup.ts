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
 * Link targets a template may put in as they are: relative page addresses
 * (`curtain-call.html`, `../reviews/soundtrack-2.html`), which need no
 * escaping and which React would not rewrite (it rewrites `javascript:` URLs).
 */
export const PLAIN_HREF = /^[A-Za-z0-9._/-]+$/;
