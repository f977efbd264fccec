/**
 * Words as a reader counts them: runs of text between spaces that hold a letter
 * or a digit (a lone dash or ellipsis is not a word). Korean is written with
 * spaces between words, so Hangul counts the same way. Pure: the editor uses it too.
 */
const WORD = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (WORD.test(token)) count += 1;
  return count;
}

export function countWordsIn(paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) count += countWords(paragraph);
  return count;
}

/** The start of a review's text, cut at a word boundary, to recognise a revision by. */
export function previewOf(sections: readonly (readonly string[])[], maxLength = 160): string {
  const first = sections.flat().find((paragraph) => paragraph.trim() !== '')?.trim() ?? '';
  if (first.length <= maxLength) return first;
  const cut = first.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
