/**
 * Runs in the sandboxed renderer before the page, bridging it to main. The page
 * gets `window.dramalog`: one function per contract channel and subscriptions to
 * menu commands, progress of long work and the window closing. ipcRenderer itself, and the events it delivers, never reach the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BEFORE_CLOSE_EVENT,
  CHANNEL_LIST_EVENT,
  MENU_COMMANDS,
  MENU_EVENT,
  PROGRESS_EVENT,
  READY_TO_CLOSE_EVENT,
  type ChannelApi,
  type DramalogApi,
  type MenuCommand,
  type ProgressEvent,
} from '../core/ipc/contract';

/** The channel names main answers, as plain strings (anything else is dropped). */
function channelNames(): string[] {
  const names: unknown = ipcRenderer.sendSync(CHANNEL_LIST_EVENT);
  return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
}

const channels = Object.fromEntries(
  channelNames().map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
) as unknown as ChannelApi;

const menuCommands = new Set<string>(MENU_COMMANDS);

/** Only a well-formed progress event reaches the page, copied field by field. */
function progressOf(value: unknown): ProgressEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const { task, done, total, message } = value as Record<string, unknown>;
  if (typeof task !== 'string' || typeof done !== 'number' || typeof total !== 'number') return null;
  return typeof message === 'string' ? { task, done, total, message } : { task, done, total };
}

// The page's before-close listeners: main asks before the window closes, waits for them, then closes.
const beforeClose = new Set<() => void | Promise<void>>();
ipcRenderer.on(BEFORE_CLOSE_EVENT, () => {
  void Promise.allSettled([...beforeClose].map(async (listener) => listener())).then(() => ipcRenderer.send(READY_TO_CLOSE_EVENT));
});

const api: DramalogApi = {
  ...channels,
  onMenuCommand(listener) {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string' && menuCommands.has(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, forward);
    };
  },
  onProgress(listener) {
    if (typeof listener !== 'function') throw new TypeError('onProgress needs a function');
    const forward = (_event: IpcRendererEvent, value: unknown) => {
      const progress = progressOf(value);
      if (progress) listener(progress);
    };
    ipcRenderer.on(PROGRESS_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(PROGRESS_EVENT, forward);
    };
  },
  onBeforeClose(listener) {
    if (typeof listener !== 'function') throw new TypeError('onBeforeClose needs a function');
    // Wrapped, so the same function subscribed twice is two subscriptions.
    const entry = () => listener();
    beforeClose.add(entry);
    return () => {
      beforeClose.delete(entry);
    };
  },
};

contextBridge.exposeInMainWorld('dramalog', api);
