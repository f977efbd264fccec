/**
 * Characters XML 1.0 does not allow anywhere in a document (its `Char` production):
 * controls other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 * No escape can stand for them (`&#1;` is not well-formed either), so they are dropped.
 */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** What escaping changes or may drop (any surrogate: a pair is kept, but checked the long way). */
const NEEDS_WORK = /[&<>"'\x00-\x08\x0b\x0c\x0e-\x1f\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes text for XML content and attribute values, dropping what XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  // Most text (every address, every date) has nothing to escape or drop.
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
