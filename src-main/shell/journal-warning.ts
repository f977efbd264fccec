import { dialog, type BrowserWindow } from 'electron';
import type { Journal } from '../core/journal';
import { recoverJournal } from '../core/recover';
import { journalNotice } from './journal-notice';

/**
 * Tells the user, once the window is up, that the journal opened for reading only,
 * and for a damaged one offers to recover what can be read into a new file.
 */
export async function warnAboutJournal(window: BrowserWindow | null, journal: Journal, nativeBinding: string): Promise<void> {
  const notice = journalNotice(journal);
  if (!notice) return;
  const buttons = notice.offerRecovery ? ['Recover…', 'Keep Reading'] : ['OK'];
  const options = { type: 'warning' as const, message: notice.title, detail: notice.detail, buttons, defaultId: 0, cancelId: buttons.length - 1 };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  if (!notice.offerRecovery || response !== 0) return;
  const saveOptions = { title: 'Recover Journal', buttonLabel: 'Recover', defaultPath: journal.path.replace(/(\.sqlite)?$/, '-recovered.sqlite') };
  const choice = window ? await dialog.showSaveDialog(window, saveOptions) : await dialog.showSaveDialog(saveOptions);
  if (choice.canceled || !choice.filePath) return;
  let outcome: Electron.MessageBoxOptions;
  try {
    const report = recoverJournal(journal.path, choice.filePath, { nativeBinding });
    const lost = report.tables.some((t) => t.incomplete);
    outcome = {
      type: lost ? 'warning' : 'info',
      message: 'Journal recovered',
      detail:
        `What could be read was saved to ${report.file}` +
        `${lost ? ' (some rows were lost to the damage)' : ''}. Open it with --db "${report.file}", or move it in place of the damaged journal once Dramalog is closed.`,
    };
  } catch (error) {
    outcome = { type: 'error', message: 'The journal could not be recovered', detail: `${(error as Error).message}\n\nThe damaged journal is unchanged.` };
  }
  if (window && !window.isDestroyed()) await dialog.showMessageBox(window, outcome);
  else await dialog.showMessageBox(outcome);
}
