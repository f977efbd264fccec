/**
 * The meta description of a page: the review's first sentence, as the issue
 * asks, cut at a word if it runs long (search engines show about 160 characters).
 */

const MAX_DESCRIPTION = 300;

/** Words that end with a period without ending the sentence: `Mr. Sunshine`, `Dr. Romantic`. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'no', 'vol', 'ep', 'eps', 'ft', 'feat', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e',
]);

export function firstSentence(paragraph: string): string {
  // Only runs that are not already a single space are replaced: most paragraphs have none, and
  // replacing every space (as /\s+/ would) costs as much as the rest of a page's head.
  const text = paragraph.replace(/\s{2,}|[^\S ]/g, ' ').trim();
  const end = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
  let match: RegExpExecArray | null;
  let sentence = text;
  while ((match = end.exec(text))) {
    // The word just before the period (a short look back is enough: abbreviations are short).
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    const word = /(?:^|\s)([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    const isInitial = /^\p{Lu}$/u.test(word);
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(word.toLowerCase()) || isInitial)) continue;
    sentence = text.slice(0, match.index + match[0].length);
    break;
  }
  if (sentence.length <= MAX_DESCRIPTION) return sentence;
  const cut = sentence.slice(0, MAX_DESCRIPTION - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_DESCRIPTION / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** The first sentence of the first paragraph the review has. */
export function describeReview(review: { intro: readonly string[]; story: readonly string[]; closing: readonly string[] }): string {
  const first = review.intro[0] ?? review.story[0] ?? review.closing[0] ?? '';
  return firstSentence(first);
}
