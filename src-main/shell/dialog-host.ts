import { join } from 'node:path';
import { dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { PROGRESS_EVENT } from '../core/ipc/contract';
import { JournalError } from '../core/common/errors';
import type { Host } from '../core/ipc/host';

/**
 * The core's Host in the desktop app: the system's own file and folder dialogs,
 * attached to the app window, and long work shown in the window (PROGRESS_EVENT,
 * for the page's progress bar) and on its taskbar entry. An exported site opens in
 * the user's default browser, and its folder in the system's file manager (Electron's shell).
 */
export function dialogHost(window: () => BrowserWindow | null, secrets: Pick<Host, 'publishSecret' | 'keepPublishSecret' | 'secretPlace'>): Host {
  const parent = () => {
    const current = window();
    return current && !current.isDestroyed() ? current : null;
  };
  const showOpen = (options: OpenDialogOptions) => {
    const owner = parent();
    return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
  };
  const showSave = (options: SaveDialogOptions) => {
    const owner = parent();
    return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
  };
  return {
    async chooseFiles(request) {
      const answer = await showOpen({
        title: request.title,
        filters: request.filters,
        properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      return answer.canceled ? [] : answer.filePaths;
    },
    async chooseSaveFile(request) {
      const answer = await showSave({
        title: request.title,
        defaultPath: request.defaultName,
        filters: request.filters,
        // Linux's dialog replaces an existing file without asking unless told to ask.
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    async chooseFolder(request) {
      const answer = await showOpen({
        title: request.title,
        buttonLabel: request.buttonLabel,
        properties: ['openDirectory', 'createDirectory'],
      });
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    progress(event) {
      const owner = parent();
      if (!owner) return;
      owner.setProgressBar(event.total > 0 && event.done < event.total ? event.done / event.total : -1);
      owner.webContents.send(PROGRESS_EVENT, { task: event.task, done: event.done, total: event.total, ...(event.message ? { message: event.message } : {}) });
    },
    // The folder the system's dialog answered is where it is, for good.
    keepsFolder: () => true,
    async openSite(folder) {
      // The site's own front page, from the disk (file://): the core checked the folder holds the site it wrote.
      const failure = await shell.openPath(join(folder, 'index.html'));
      if (failure) throw new JournalError('internal', `the site could not be opened in your browser: ${failure}`);
      return null;
    },
    async showFolder(folder) {
      // The site's folder, opened with its front page selected (showing the folder itself would open its parent).
      shell.showItemInFolder(join(folder, 'index.html'));
      return true;
    },
    ...secrets,
  };
}
