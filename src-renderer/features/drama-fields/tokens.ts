/** Splits typed text into tokens at commas, so pasting `Disney+, Hulu` gives two. */
export function tokensIn(draft: string): string[] {
  return draft
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean);
}
