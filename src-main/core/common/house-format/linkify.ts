/**
 * Finds known names (other reviews' titles, later actors) in paragraph text and
 * turns them into links. One linker is built per export and shared by every
 * page. The names are kept sorted; at each word start the range of names that
 * begin like the text is narrowed one character at a time by binary search, so
 * a scan costs a few comparisons per word whether there are ten names or ten
 * thousand, and many names may share a beginning ("The …", "Soundtrack #…").
 * Browser-safe: the preview may use it too.
 */
import type { TextRun } from './model';

export interface LinkTarget {
  /** The exact text to find, case included: `Curtain Call`. */
  phrase: string;
  href: string;
}

export interface LinkOptions {
  /** A matched phrase whose href this returns true for stays plain text (a page naming itself). */
  skip?: (href: string) => boolean;
}

export interface PhraseLinker {
  link(text: string, options?: LinkOptions): TextRun[];
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c += 1) {
  ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
}
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) return ASCII_WORD[code] === 1;
  return NON_ASCII_WORD.test(text[index]);
}

/** The code unit at `index`, or -1 past the end: shorter names sort before longer ones. */
const codeAt = (phrase: string, index: number) => (index < phrase.length ? phrase.charCodeAt(index) : -1);

/**
 * Matches whole words only (`Mother` does not link inside `Motherhood`), the
 * longest phrase first where several start at the same place (`Soundtrack #2`
 * before `Soundtrack`), left to right without overlaps. When two targets share
 * a phrase, the first one given wins.
 */
export function createPhraseLinker(targets: readonly LinkTarget[]): PhraseLinker {
  const hrefOf = new Map<string, string>();
  for (const { phrase, href } of targets) {
    if (phrase.trim() && isWordAt(phrase, 0) && !hrefOf.has(phrase)) hrefOf.set(phrase, href);
  }
  const phrases = [...hrefOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  /** First index in [lo, hi) whose code unit at `k` is at least `code`. */
  function lowerBound(lo: number, hi: number, k: number, code: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (codeAt(phrases[mid], k) < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // The range of names sharing each two-character beginning: most words are ruled out by one lookup.
  const byFirstTwo = new Map<number, [number, number]>();
  phrases.forEach((phrase, i) => {
    if (phrase.length < 2) return;
    const key = phrase.charCodeAt(0) * 65536 + phrase.charCodeAt(1);
    const range = byFirstTwo.get(key);
    if (range) range[1] = i + 1;
    else byFirstTwo.set(key, [i, i + 1]);
  });
  const oneCharacter = new Set(phrases.filter((phrase) => phrase.length === 1));

  /** The longest phrase starting at `at` that ends on a word boundary. */
  function matchAt(text: string, at: number): string | null {
    let best: string | null = null;
    const first = text[at];
    if (oneCharacter.has(first) && !isWordAt(text, at + 1)) best = first;
    if (at + 1 >= text.length) return best;
    const range = byFirstTwo.get(text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1));
    if (!range) return best;
    let [lo, hi] = range;
    for (let k = 1; lo < hi; k += 1) {
      if (k > 1) {
        if (at + k >= text.length) break;
        const code = text.charCodeAt(at + k);
        lo = lowerBound(lo, hi, k, code);
        hi = lowerBound(lo, hi, k, code + 1);
      }
      // Within the range the shortest phrase sorts first: is it exactly the text so far?
      if (lo < hi && phrases[lo].length === k + 1) {
        const end = at + k + 1;
        if (!isWordAt(phrases[lo], k) || !isWordAt(text, end)) best = phrases[lo];
      }
    }
    return best;
  }

  // Only a word starting with a name's first character can start a name (most words are lower
  // case, names capitalised): the regular expression engine finds those far faster than a loop.
  const firstCharacters = [...new Set(phrases.map((phrase) => phrase.codePointAt(0)!))];
  const candidateStarts = new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}])[${firstCharacters.map((code) => `\\u{${code.toString(16)}}`).join('')}]`,
    'gu',
  );

  return {
    link(text, options = {}) {
      if (phrases.length === 0) return [text];
      const runs: TextRun[] = [];
      let plainFrom = 0;
      candidateStarts.lastIndex = 0;
      for (let start = candidateStarts.exec(text); start; start = candidateStarts.exec(text)) {
        const at = start.index;
        const phrase = matchAt(text, at);
        if (!phrase) continue;
        const href = hrefOf.get(phrase)!;
        if (!options.skip?.(href)) {
          if (at > plainFrom) runs.push(text.slice(plainFrom, at));
          runs.push({ text: phrase, href });
          plainFrom = at + phrase.length;
        }
        candidateStarts.lastIndex = at + phrase.length;
      }
      if (plainFrom < text.length) runs.push(text.slice(plainFrom));
      return runs;
    },
  };
}
