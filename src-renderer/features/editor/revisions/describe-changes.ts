/**
 * What a version changed, in the few words the list of versions shows
 * ("Grade B+ → A-", "+12 words", "The Story, Closing"). Pure, so it is tested
 * without a browser; the figures come from the core (RevisionChanges).
 */
import type { RevisionChanges } from '@common/model';
import { SECTION_LABELS } from '../editor-model';

/** A section's heading as a name in a list: the house format's "The Story:" without its colon. */
export function sectionName(name: keyof typeof SECTION_LABELS): string {
  return SECTION_LABELS[name].replace(/:$/, '');
}

function gradeText(grade: string | null): string {
  return grade ?? 'none';
}

function wordsText(count: number): string {
  return `${count.toLocaleString('en')} word${count === 1 ? '' : 's'}`;
}

/** The changes as short phrases, most telling first; one phrase even when nothing but the state changed. */
export function describeChanges(changes: RevisionChanges): string[] {
  const phrases: string[] = [];
  if (changes.first) phrases.push('First version');
  if (changes.grade && !(changes.first && changes.grade.to === null)) {
    phrases.push(changes.first ? `Grade ${gradeText(changes.grade.to)}` : `Grade ${gradeText(changes.grade.from)} → ${gradeText(changes.grade.to)}`);
  }
  if (changes.wordsAdded) phrases.push(`+${wordsText(changes.wordsAdded)}`);
  if (changes.wordsRemoved) phrases.push(`−${wordsText(changes.wordsRemoved)}`);
  if (changes.sections.length && !changes.first) phrases.push(changes.sections.map(sectionName).join(', '));
  if (changes.reviewer && !changes.first) phrases.push('Byline');
  if (!phrases.length) phrases.push('No change to the text');
  return phrases;
}

/** The same phrases as one sentence for assistive technology, where "+" and "−" read poorly. */
export function describeChangesInWords(changes: RevisionChanges): string {
  return describeChanges(changes)
    .map((phrase) => phrase.replace(/^\+/, 'added ').replace(/^−/, 'removed ').replace(' → ', ' to '))
    .join(', ');
}
