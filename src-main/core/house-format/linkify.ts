/**
 * Finds known names (other reviews' titles, later actors) in paragraph text and
 * turns them into links. One linker is built per export and shared by every
 * page; the scan costs one table lookup per word, however many names there are.
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

interface Candidate extends LinkTarget {
  endsInWord: boolean;
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

/** Phrases are indexed by their first two code units; a one-letter phrase by its letter alone. */
function keyAt(text: string, index: number): number {
  return text.charCodeAt(index) * 65536 + (index + 1 < text.length ? text.charCodeAt(index + 1) : 0);
}

/**
 * Matches whole words only (`Mother` does not link inside `Motherhood`), the
 * longest phrase first where several start at the same place (`Soundtrack #2`
 * before `Soundtrack`), left to right without overlaps.
 */
export function createPhraseLinker(targets: readonly LinkTarget[]): PhraseLinker {
  const index = new Map<number, Candidate[]>();
  const single = new Map<number, Candidate[]>();
  for (const { phrase, href } of targets) {
    if (!phrase.trim() || !isWordAt(phrase, 0)) continue;
    const candidate = { phrase, href, endsInWord: isWordAt(phrase, phrase.length - 1) };
    const table = phrase.length === 1 ? single : index;
    const key = phrase.length === 1 ? phrase.charCodeAt(0) : keyAt(phrase, 0);
    const list = table.get(key);
    if (list) list.push(candidate);
    else table.set(key, [candidate]);
  }
  for (const list of [...index.values(), ...single.values()]) list.sort((a, b) => b.phrase.length - a.phrase.length);

  function matchAt(text: string, at: number): Candidate | null {
    const lists = [index.get(keyAt(text, at)), single.get(text.charCodeAt(at))];
    for (const list of lists) {
      if (!list) continue;
      for (const candidate of list) {
        const end = at + candidate.phrase.length;
        if (!text.startsWith(candidate.phrase, at)) continue;
        if (candidate.endsInWord && isWordAt(text, end)) continue;
        return candidate;
      }
    }
    return null;
  }

  return {
    link(text, options = {}) {
      const runs: TextRun[] = [];
      if (index.size === 0 && single.size === 0) return [text];
      let plainFrom = 0;
      let at = 0;
      while (at < text.length) {
        const startsWord = isWordAt(text, at) && (at === 0 || !isWordAt(text, at - 1));
        const match = startsWord ? matchAt(text, at) : null;
        if (!match) {
          at += 1;
          continue;
        }
        const end = at + match.phrase.length;
        if (!options.skip?.(match.href)) {
          if (at > plainFrom) runs.push(text.slice(plainFrom, at));
          runs.push({ text: match.phrase, href: match.href });
          plainFrom = end;
        }
        at = end;
      }
      if (plainFrom < text.length) runs.push(text.slice(plainFrom));
      return runs;
    },
  };
}
