/**
 * Runs in the sandboxed renderer before the page, bridging it to main. The page
 * gets `window.dramalog`: one function per contract channel and a menu-command
 * subscription. ipcRenderer itself, and the events it delivers, never reach the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BEFORE_CLOSE_EVENT,
  CHANNEL_NAMES,
  MENU_COMMANDS,
  MENU_EVENT,
  READY_TO_CLOSE_EVENT,
  type ChannelApi,
  type DramalogApi,
  type MenuCommand,
} from '../core/ipc/contract';

const channels = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
) as unknown as ChannelApi;

const menuCommands = new Set<string>(MENU_COMMANDS);

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
