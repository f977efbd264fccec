/**
 * A copy of unsaved typing in the browser's localStorage, written moments after
 * each change and at once when the page is hidden or unloaded. If the app closes
 * (or crashes) before autosave reached the journal, the editor finds the copy
 * the next time it opens the review and saves it. Removed once the journal has it.
 */
import type { DramaHeaderValues } from '../drama-fields/header-values';
import type { ReviewDraft } from './editor-model';

export interface DraftBackup {
  dramaId: number;
  /** When the copy was written (ms since 1970). */
  at: number;
  review: ReviewDraft;
  header: DramaHeaderValues;
}

const PREFIX = 'dramalog.unsaved-review';

/** One journal's copies are kept apart from another's (the app can open any journal file). */
const keyOf = (journalPath: string, dramaId: number) => `${PREFIX}:${journalPath}:${dramaId}`;

export function readBackup(journalPath: string, dramaId: number): DraftBackup | null {
  try {
    const text = localStorage.getItem(keyOf(journalPath, dramaId));
    if (!text) return null;
    const backup = JSON.parse(text) as DraftBackup;
    return backup && backup.dramaId === dramaId && backup.review?.sections && backup.header ? backup : null;
  } catch {
    return null;
  }
}

/** Writes the copy; answers false when storage is full or unavailable (autosave still runs). */
export function writeBackup(journalPath: string, backup: DraftBackup): boolean {
  try {
    localStorage.setItem(keyOf(journalPath, backup.dramaId), JSON.stringify(backup));
    return true;
  } catch {
    return false;
  }
}

export function clearBackup(journalPath: string, dramaId: number): void {
  try {
    localStorage.removeItem(keyOf(journalPath, dramaId));
  } catch {
    // Nothing to clear where storage is unavailable.
  }
}
