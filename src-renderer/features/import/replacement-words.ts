import type { ReplacedPart, ReplacedValue, Replacement } from '@core/house-format/replacement';

/** How the import dialog names each part an import would change. */
const PART_WORDS: Record<ReplacedPart, string> = {
  grade: 'the grade',
  intro: 'the intro',
  story: 'the story',
  closing: 'the closing',
  reviewer: 'the byline',
  state: 'the review’s state',
  nativeTitle: 'the Korean title',
  platforms: 'the platforms',
  episodes: 'the episode count',
  genres: 'the genres',
  watch: 'the watch record (completed, every episode watched)',
};

function wordsOf({ part, from, to }: ReplacedValue): string {
  const words = PART_WORDS[part];
  if (from !== undefined && to !== undefined) return `${words} (${from} → ${to})`;
  if (to !== undefined) return `${words} (${to})`;
  return words;
}

/** "a, b and c" */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What replacing would change, in one sentence for the dialog's notice. */
export function replacementSentence(replacement: Replacement): string {
  if (replacement.changes.length === 0) return 'The text matches what your journal holds: replacing changes nothing.';
  return `Replacing it changes ${listed(replacement.changes.map(wordsOf))}.`;
}

/** The Replace button's label: it says so when the user's own review would be overwritten. */
export function replaceLabel(replacement: Replacement): string {
  return replacement.overwritesReview ? 'Replace my review' : 'Replace';
}
