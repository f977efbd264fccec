/**
 * Characters XML 1.0 does not allow anywhere in a document (its `Char` production):
 * controls other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 * No escape can stand for them (`&#1;` is not well-formed either), so they are dropped.
 */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content and attribute values, dropping what XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
