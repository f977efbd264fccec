import { app, dialog, type BrowserWindow, type MessageBoxOptions, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { Journal } from '../core/journal';
import { suggestedBackupName } from './backup-file-name';

/** File > Back Up Journal…: asks where, writes an online backup, and says how it went. */
export async function backUpJournalInteractively(window: BrowserWindow | null, journal: Journal): Promise<void> {
  const options: SaveDialogOptions = {
    title: 'Back Up Journal',
    buttonLabel: 'Back Up',
    defaultPath: join(app.getPath('documents'), suggestedBackupName(new Date())),
    filters: [{ name: 'Dramalog journal', extensions: ['sqlite'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return;
  const destination = choice.filePath;

  window?.setProgressBar(2); // indeterminate, in the taskbar/dock, while SQLite copies
  let outcome: MessageBoxOptions;
  try {
    await journal.backup(destination);
    outcome = { type: 'info', message: 'Journal backed up', detail: `A copy of your journal was saved to ${destination}.` };
  } catch (error) {
    outcome = {
      type: 'error',
      message: 'The journal could not be backed up',
      detail: `${(error as Error).message}\n\nYour journal itself is unchanged.`,
    };
  } finally {
    if (window && !window.isDestroyed()) window.setProgressBar(-1);
  }
  if (window && !window.isDestroyed()) await dialog.showMessageBox(window, outcome);
  else await dialog.showMessageBox(outcome);
}
