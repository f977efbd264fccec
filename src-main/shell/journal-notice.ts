/**
 * What the app tells the user about the journal it opened, when it cannot be
 * written: damaged (with an offer to recover it) or read-only. Plain data, so it
 * is tested without Electron; journal-warning.ts shows it.
 */
import { join } from 'node:path';
import type { Journal } from '../core/journal';
import { JOURNAL_FILE } from '../core/journal-location';

export interface JournalNotice {
  title: string;
  detail: string;
  /** The journal is damaged: offer to copy what can be read into a new file. */
  offerRecovery: boolean;
}

export function journalNotice(journal: Pick<Journal, 'writeRefusal'>): JournalNotice | null {
  const refusal = journal.writeRefusal;
  if (!refusal) return null;
  if (refusal.code === 'journal-damaged') {
    return {
      title: 'This journal is damaged',
      detail:
        `${refusal.message.replace(/ \(dramalog recover --out FILE\)/, '')}\n\n` +
        'Choose Recover… to save what can be read as a new journal file; you can then open that file instead.',
      offerRecovery: true,
    };
  }
  return { title: 'This journal is read-only', detail: refusal.message, offerRecovery: false };
}

/** The app makes its own data folder for a first journal; a folder named with --db or DRAMALOG_DB must exist. */
export function isOwnDataFolder(journalPath: string, userDataDir: string): boolean {
  return journalPath === join(userDataDir, JOURNAL_FILE);
}
