/**
 * How text is cut into searchable pieces. The index, the query compiler and the
 * highlighter all use these functions, so what the index finds is what gets marked.
 *
 * Latin (and other space-separated) scripts: SQLite's unicode61 tokenizer splits
 * words, folds case and diacritics; queries match word prefixes (`sound` → Soundtrack).
 *
 * Hangul, kanji and kana: there are no spaces inside words (사운드트랙, 전쟁은), so each
 * run of these characters is indexed as overlapping character bigrams plus its last
 * character alone: `사운드트랙` → `사운 운드 드트 트랙 랙`. A query of any length then
 * becomes a phrase of the same pieces with the last one a prefix, which matches any
 * substring of a run: `사운드` → "사운 운드 드"*, `전쟁` → "전쟁 쟁"*, `전` → "전"*.
 * (The trigram tokenizer needs three characters; most Korean words are two.)
 */

const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3040, 0x30ff], // hiragana, katakana
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs (hanja)
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
];

export function isCjk(code: number): boolean {
  for (const [from, to] of CJK_RANGES) if (code >= from && code <= to) return true;
  return false;
}

/** Hangul compatibility jamo (ㄱ, ㅏ …): what an IME shows while a syllable is still being composed. */
export function isComposingJamo(code: number): boolean {
  return code >= 0x3131 && code <= 0x318e;
}

const WORD_CHAR = /[\p{L}\p{N}\p{Co}]/u;

export function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char);
}

/** Rewrites text for the FTS index: CJK runs become bigrams plus their last character. */
export function foldForIndex(text: string): string {
  const source = text.normalize('NFC');
  let out = '';
  let run: string[] = [];
  const flush = () => {
    if (!run.length) return;
    let pieces = ' ';
    for (let i = 0; i + 1 < run.length; i++) pieces += `${run[i]}${run[i + 1]} `;
    out += `${pieces}${run[run.length - 1]} `;
    run = [];
  };
  for (const char of source) {
    if (isCjk(char.codePointAt(0)!)) {
      run.push(char);
    } else {
      flush();
      out += char;
    }
  }
  flush();
  return out;
}

const foldedChars = new Map<string, string>();

/** Lower case without diacritics, one character at a time (so offsets map back to the original). */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = isCjk(char.codePointAt(0)!) ? char : char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    foldedChars.set(char, folded);
  }
  return folded;
}

/** The same folding over a whole string; lengths may change, so use it for comparisons only. */
export function foldText(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.toLowerCase();
  let out = '';
  for (const char of text.normalize('NFC')) out += foldChar(char);
  return out;
}

/**
 * A unit of matching: a latin word (folded) or one CJK character. `joined` says a
 * CJK character follows another CJK character directly, inside the same run.
 */
export interface Atom {
  kind: 'word' | 'cjk';
  folded: string;
  start: number;
  end: number;
  joined: boolean;
}

/** Cuts text into atoms with their offsets in `text` (which must already be NFC). */
export function atomize(text: string): Atom[] {
  const atoms: Atom[] = [];
  let wordStart = -1;
  let word = '';
  let lastCjkEnd = -1;
  const endWord = (at: number) => {
    if (wordStart < 0) return;
    atoms.push({ kind: 'word', folded: word, start: wordStart, end: at, joined: false });
    wordStart = -1;
    word = '';
  };
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const char = width === 1 ? text[i] : text.slice(i, i + 2);
    if (isCjk(code)) {
      endWord(i);
      atoms.push({ kind: 'cjk', folded: char, start: i, end: i + width, joined: lastCjkEnd === i });
      lastCjkEnd = i + width;
    } else if (code < 0x80 ? isAsciiWordChar(code) : isWordChar(char) || /\p{M}/u.test(char)) {
      if (wordStart < 0) wordStart = i;
      word += foldChar(char);
    } else {
      endWord(i);
    }
    i += width;
  }
  endWord(text.length);
  return atoms;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
