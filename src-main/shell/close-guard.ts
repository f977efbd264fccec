// Types only: the window and IPC are passed in, so this is testable without Electron.
import type { BrowserWindow, IpcMain, IpcMainEvent } from 'electron';
import { BEFORE_CLOSE_EVENT, READY_TO_CLOSE_EVENT } from '../core/ipc/contract';

/** How long a window waits for its page to save before closing anyway. */
export const SAVE_BEFORE_CLOSE_MS = 5_000;

type GuardedWindow = Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'send' | 'isDestroyed' | 'isCrashed' | 'on'>;
};

/**
 * Holds the window open when it is asked to close (its close button, Quit) until
 * the page has saved what the user typed: the page's before-close listeners run
 * (see preload.ts) and answer, or `timeoutMs` passes. Then `proceed` closes it
 * for real (main passes app.quit() when the app is quitting). A page holding unsaved form
 * changes may still refuse to unload (see leave-guard.ts): the window then stays open.
 */
export function saveBeforeClose(
  window: GuardedWindow,
  ipc: Pick<IpcMain, 'on' | 'removeListener'>,
  proceed: () => void = () => window.close(),
  timeoutMs = SAVE_BEFORE_CLOSE_MS,
): void {
  let saved = false;
  let waiting = false;
  // The page kept the window open (it asked "Discard changes?" and the user kept editing):
  // the next close saves first again. Not calling preventDefault here is what keeps it open.
  window.webContents.on('will-prevent-unload', () => {
    saved = false;
    waiting = false;
  });
  window.on('close', (event) => {
    if (saved || window.webContents.isDestroyed() || window.webContents.isCrashed()) return;
    event.preventDefault();
    if (waiting) return;
    waiting = true;
    const finish = () => {
      ipc.removeListener(READY_TO_CLOSE_EVENT, onReady);
      clearTimeout(timer);
      saved = true;
      if (!window.isDestroyed()) proceed();
    };
    const onReady = (ready: IpcMainEvent) => {
      if (ready.sender === window.webContents) finish();
    };
    ipc.on(READY_TO_CLOSE_EVENT, onReady);
    const timer = setTimeout(finish, timeoutMs);
    window.webContents.send(BEFORE_CLOSE_EVENT);
  });
}
