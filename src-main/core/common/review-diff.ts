/**
 * How two versions of a review differ: what a version changed (the summary the
 * list of versions shows) and the marked-up text of one version against another
 * (the highlighted diff). Pure functions over ReviewContent, shared by the core
 * and the renderer.
 */
import { REVIEW_SECTIONS, type Grade, type ReviewContent, type ReviewSection, type RevisionChanges } from './model';
import { diffTokens, push, type DiffKind, type DiffRun } from './word-diff';
import { previewOf } from './word-count';

/** Ends each paragraph in a section's token list, so a split or joined paragraph is an edit too. */
const PARAGRAPH_BREAK = '\n';

/** How much of a version's changed text the list of versions shows. */
const EXCERPT_LENGTH = 80;

/** Counts as a word what word-count.ts counts: a token holding a letter or a digit. */
const WORD = /[\p{L}\p{N}]/u;

function tokensOf(paragraphs: readonly string[]): string[] {
  const tokens: string[] = [];
  for (const paragraph of paragraphs) {
    for (const word of paragraph.split(/\s+/)) if (word) tokens.push(word);
    tokens.push(PARAGRAPH_BREAK);
  }
  return tokens;
}

/**
 * The word-level edit script of a section, found paragraphs first: unchanged
 * paragraphs are matched whole, and only the stretches between them are diffed
 * word by word (paragraph by paragraph when as many were removed as added, the
 * usual case of editing in place). A small edit to a long review then costs about
 * one paragraph's diff, and a rewrite many small diffs instead of one huge one.
 * `withSame: false` leaves out the unchanged paragraphs, for callers that only
 * count what changed.
 */
function diffParagraphs(before: readonly string[], after: readonly string[], withSame = true): DiffRun[] {
  const runs: DiffRun[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length === added.length) {
      removed.forEach((paragraph, i) => {
        for (const run of diffTokens(tokensOf([paragraph]), tokensOf([added[i]!]))) push(runs, run.kind, run.tokens);
      });
    } else {
      for (const run of diffTokens(tokensOf(removed), tokensOf(added))) push(runs, run.kind, run.tokens);
    }
    removed = [];
    added = [];
  };
  for (const run of diffTokens(before, after)) {
    if (run.kind === 'removed') removed.push(...run.tokens);
    else if (run.kind === 'added') added.push(...run.tokens);
    else {
      flush();
      if (withSame) push(runs, 'same', tokensOf(run.tokens));
    }
  }
  flush();
  return runs;
}

/** A stretch of text in one paragraph of a diff: in both versions, or only in the old or the new one. */
export interface DiffSpan {
  kind: DiffKind;
  text: string;
}

export interface SectionDiff {
  name: ReviewSection;
  /** The section's paragraphs, each a list of spans; empty when neither version has text there. */
  paragraphs: DiffSpan[][];
  /** Whether any of its words (or paragraph breaks) differ. */
  changed: boolean;
}

export interface ReviewDiff {
  grade: { from: Grade | null; to: Grade | null } | null;
  sections: SectionDiff[];
}

/** The section's text as `after` has it, with what `before` had and `after` has not marked removed. */
export function diffSection(before: readonly string[], after: readonly string[]): SectionDiff['paragraphs'] {
  const paragraphs: DiffSpan[][] = [[]];
  for (const run of diffParagraphs(before, after)) {
    let words: string[] = [];
    const flush = () => {
      if (!words.length) return;
      const paragraph = paragraphs[paragraphs.length - 1];
      const last = paragraph[paragraph.length - 1];
      // The space between two spans goes with the unchanged text, so marks hug their words.
      const text = words.join(' ');
      if (last && last.kind === run.kind) last.text += ` ${text}`;
      else paragraph.push({ kind: run.kind, text });
      words = [];
    };
    for (const token of run.tokens) {
      if (token === PARAGRAPH_BREAK) {
        flush();
        paragraphs.push([]);
      } else {
        words.push(token);
      }
    }
    flush();
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

/** `after` against `before`, section by section, with the grade when it changed. */
export function diffReview(before: ReviewContent, after: ReviewContent): ReviewDiff {
  return {
    grade: before.grade === after.grade ? null : { from: before.grade, to: after.grade },
    sections: REVIEW_SECTIONS.map((name) => {
      const paragraphs = diffSection(before[name], after[name]);
      return { name, paragraphs, changed: paragraphs.some((p) => p.some((span) => span.kind !== 'same')) };
    }),
  };
}

const EMPTY: ReviewContent = { grade: null, reviewer: { name: '', location: '' }, intro: [], story: [], closing: [], pictures: [] };

function picturesOf(content: ReviewContent, section: ReviewSection): string {
  return JSON.stringify(content.pictures.filter((p) => p.section === section));
}

/**
 * The new text from the first added word to the end of its paragraph: what a
 * reader recognises the version by ("A rewrite I regret."), where the added words
 * alone may be a fragment ("A rewrite"). Null when nothing was added.
 */
function addedStretch(runs: readonly DiffRun[]): string[] | null {
  const start = runs.findIndex((run) => run.kind === 'added' && run.tokens.some((token) => WORD.test(token)));
  if (start < 0) return null;
  const words: string[] = [];
  for (const run of runs.slice(start)) {
    if (run.kind === 'removed') continue;
    for (const token of run.tokens) {
      if (token === PARAGRAPH_BREAK) {
        if (words.length) return words;
        continue;
      }
      words.push(token);
    }
  }
  return words;
}

/** What `after` changed compared with `before`; with no `before`, it is a review's first version. */
export function changesBetween(before: ReviewContent | null, after: ReviewContent): RevisionChanges {
  const from = before ?? EMPTY;
  let wordsAdded = 0;
  let wordsRemoved = 0;
  let firstAdded: string[] | null = null;
  let firstRemoved: string[] | null = null;
  const sections: ReviewSection[] = [];
  for (const name of REVIEW_SECTIONS) {
    let touched = picturesOf(from, name) !== picturesOf(after, name);
    const runs = diffParagraphs(from[name], after[name], false);
    firstAdded ??= addedStretch(runs);
    for (const run of runs) {
      if (run.kind === 'same') continue;
      touched = true;
      const words = run.tokens.filter((token) => token !== PARAGRAPH_BREAK);
      const count = words.filter((token) => WORD.test(token)).length;
      if (run.kind === 'added') wordsAdded += count;
      else {
        wordsRemoved += count;
        if (!firstRemoved && count) firstRemoved = words;
      }
    }
    if (touched) sections.push(name);
  }
  const excerpt = (kind: 'added' | 'removed', words: string[]) => ({ kind, text: previewOf([[words.join(' ')]], EXCERPT_LENGTH) });
  return {
    first: before === null,
    grade: from.grade === after.grade ? null : { from: from.grade, to: after.grade },
    wordsAdded,
    wordsRemoved,
    sections,
    reviewer: from.reviewer.name !== after.reviewer.name || from.reviewer.location !== after.reviewer.location,
    excerpt: firstAdded ? excerpt('added', firstAdded) : firstRemoved ? excerpt('removed', firstRemoved) : null,
  };
}
