import { type Atom, atomize, foldForIndex, isComposingJamo } from './fold';

/** One word of what the user typed, as the highlighter needs it. */
export interface QueryWord {
  atoms: Atom[];
  /** The last atom matches the start of a word (`sound` → Soundtrack), not only the whole word. */
  prefix: boolean;
}

export interface CompiledQuery {
  /** An FTS5 MATCH expression built only from quoted strings: user text can never be read as syntax. */
  match: string;
  /**
   * The whole query as one FTS5 phrase (its words adjacent and in order), for a query of two
   * or more words; null otherwise. Dramas it matches rank above those that only hold every word.
   */
  phrase: string | null;
  words: QueryWord[];
}

const MAX_WORDS = 16;

/**
 * Turns what the user typed into an FTS5 query. Every word becomes one quoted
 * phrase (quotes doubled inside), so `"`, `*`, `-`, `:`, `(`, `^`, AND/OR/NOT/NEAR
 * are plain text; words are combined with AND. Returns null when nothing searchable
 * is left (only punctuation, or a syllable still being composed).
 */
export function compileQuery(text: string): CompiledQuery | null {
  const source = stripComposingTail(text.normalize('NFC'));
  const seen = new Set<string>();
  const phrases: string[] = [];
  const words: QueryWord[] = [];
  // Every searchable word in the order typed, repeats included, for the whole-phrase match.
  const inOrder: { word: string; prefix: boolean }[] = [];
  for (const word of source.split(/\s+/u)) {
    const atoms = atomize(word);
    if (!atoms.length) continue;
    // A single latin letter or digit as a prefix matches nearly every row; as a whole word it finds `K` or `#2`.
    const prefix = !(atoms.length === 1 && atoms[0].kind === 'word' && atoms[0].folded.length === 1);
    if (inOrder.length < MAX_WORDS) inOrder.push({ word, prefix });
    const key = `${atoms.map((a) => a.folded).join(' ')}${prefix ? '*' : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    phrases.push(quoted(word, prefix));
    words.push({ atoms, prefix });
    if (words.length === MAX_WORDS) break;
  }
  if (!words.length) return null;
  // Only the last word of the phrase is a prefix: `kim soo hy` finds Kim Soo Hyun, `kim so hyun` does not.
  const phrase = inOrder.length > 1 ? quoted(inOrder.map((w) => w.word).join(' '), inOrder.at(-1)!.prefix) : null;
  return { match: phrases.join(' '), phrase, words };
}

/** Text as one quoted FTS5 string of the index's pieces (quotes doubled), a prefix when asked. */
function quoted(text: string, prefix: boolean): string {
  return `"${foldForIndex(text).trim().replace(/\s+/gu, ' ').replace(/"/g, '""')}"${prefix ? '*' : ''}`;
}

/** While typing Korean, the last character may be a bare jamo (사운ㄷ): search for what is complete. */
function stripComposingTail(text: string): string {
  let end = text.length;
  while (end > 0 && isComposingJamo(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}
