/**
 * A command-line word meant as a number, as a number when it reads as one;
 * otherwise the text itself, so the core's schema refuses it with its own
 * message (e.g. `episodes must be a whole number from 1 to 999`).
 */
export function numberOrText(word: string | undefined): number | string | undefined {
  if (word === undefined) return undefined;
  return /^\s*[+-]?\d+(\.\d+)?\s*$/.test(word) ? Number(word) : word;
}
