import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES } from '../core/ipc/channels';
import { CHANNEL_LIST_EVENT } from '../core/ipc/contract';
import { createDispatch } from '../core/ipc/dispatch';
import { createHandlers } from '../core/ipc/handlers';
import type { Host } from '../core/ipc/host';
import type { Journal } from '../core/journal';
import type { SenderFacts } from './sender-check';
import { refuseUntrustedSender } from './sender-check';
import type { AppPages } from './app-pages';

/**
 * Answers every channel of the IPC contract. A request from anything but the
 * app's own page is refused; the rest goes to the core's dispatcher, which
 * validates the input before any handler sees it. Returns the unregister function.
 */
export function registerIpc(
  journal: Journal,
  pages: AppPages,
  describeSender: (event: IpcMainInvokeEvent) => SenderFacts,
  host?: Host,
): () => void {
  const dispatch = createDispatch(createHandlers(journal, host));
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, input: unknown) => refuseUntrustedSender(describeSender(event), pages) ?? dispatch(channel, input));
  }
  // The preload learns the names here, so it stays generic and never bundles the core.
  const answerChannelList = (event: IpcMainEvent) => {
    event.returnValue = [...CHANNEL_NAMES];
  };
  ipcMain.on(CHANNEL_LIST_EVENT, answerChannelList);
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
    ipcMain.removeListener(CHANNEL_LIST_EVENT, answerChannelList);
  };
}
