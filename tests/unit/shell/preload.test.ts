import { beforeAll, expect, test, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../src-main/core/ipc/channels';
import {
  BEFORE_CLOSE_EVENT,
  CHANNEL_LIST_EVENT,
  MENU_EVENT,
  PROGRESS_EVENT,
  READY_TO_CLOSE_EVENT,
  type DramalogApi,
} from '../../../src-main/core/ipc/contract';

// A stand-in for Electron's renderer-side modules: records what the preload exposes and sends.
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
const send = vi.fn();
// What main answers when the preload asks for the channel names (shell/ipc.ts).
const sendSync = vi.fn((event: string) => (event === CHANNEL_LIST_EVENT ? [...CHANNEL_NAMES] : undefined));
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke,
    send,
    sendSync,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener),
  },
}));


let api: DramalogApi;
beforeAll(async () => {
  await import('../../../src-main/shell/preload');
  api = exposed.get('dramalog') as DramalogApi;
});

function sendFromMain(channel: string, ...args: unknown[]) {
  const event = { sender: 'the ipcRenderer event, which must not reach the page' };
  for (const listener of listeners.get(channel) ?? []) listener(event, ...args);
}

test('the page gets window.dramalog and nothing else: one function per channel, onMenuCommand, onBeforeClose and onProgress', () => {
  expect([...exposed.keys()]).toEqual(['dramalog']);
  expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'onMenuCommand', 'onBeforeClose', 'onProgress'].sort());
  for (const value of Object.values(api)) expect(typeof value).toBe('function');
  expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|invoke|send/);
});

test('each function invokes its own channel with the input, and returns what main answered', async () => {
  for (const channel of CHANNEL_NAMES) {
    invoke.mockClear();
    const input = { probe: channel };
    const answer = await (api[channel] as (input: unknown) => Promise<unknown>)(input);
    expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, input);
    expect(answer).toEqual({ ok: true, value: { channel, input } });
  }
});

test('menu commands reach the listener without the IPC event, unknown ones are dropped, and unsubscribing stops them', () => {
  const heard: unknown[][] = [];
  const unsubscribe = api.onMenuCommand((...args: unknown[]) => heard.push(args));
  sendFromMain(MENU_EVENT, 'new-drama');
  sendFromMain(MENU_EVENT, 'format-disk');
  sendFromMain(MENU_EVENT, { command: 'new-drama' });
  sendFromMain('some-other-channel', 'open-settings');
  expect(heard).toEqual([['new-drama']]);
  unsubscribe();
  sendFromMain(MENU_EVENT, 'open-settings');
  expect(heard).toEqual([['new-drama']]);
  expect(listeners.get(MENU_EVENT)?.size ?? 0).toBe(0);
  expect(() => api.onMenuCommand('not a function' as never)).toThrow(TypeError);
});

test('before the window closes, main hears back only after every before-close listener has finished', async () => {
  const order: string[] = [];
  let finishSaving = () => {};
  const saving = new Promise<void>((resolve) => (finishSaving = resolve));
  const unsubscribe = api.onBeforeClose(async () => {
    order.push('saving');
    await saving;
    order.push('saved');
  });
  const failing = api.onBeforeClose(() => {
    throw new Error('a listener that fails does not keep the window open');
  });
  send.mockClear();
  sendFromMain(BEFORE_CLOSE_EVENT);
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(send).not.toHaveBeenCalled();
  finishSaving();
  await vi.waitFor(() => expect(send).toHaveBeenCalledExactlyOnceWith(READY_TO_CLOSE_EVENT));
  expect(order).toEqual(['saving', 'saved']);

  unsubscribe();
  failing();
  send.mockClear();
  sendFromMain(BEFORE_CLOSE_EVENT);
  await vi.waitFor(() => expect(send).toHaveBeenCalledExactlyOnceWith(READY_TO_CLOSE_EVENT));
  expect(order).toEqual(['saving', 'saved']);
  expect(() => api.onBeforeClose('not a function' as never)).toThrow(TypeError);
});

test('progress events reach the listener as plain copies, malformed ones are dropped, and unsubscribing stops them', () => {
  const heard: unknown[][] = [];
  const unsubscribe = api.onProgress((...args: unknown[]) => heard.push(args));
  sendFromMain(PROGRESS_EVENT, { task: 'site-export', done: 3, total: 10, extra: 'dropped' });
  sendFromMain(PROGRESS_EVENT, { task: 'site-export', done: 0, total: 0, message: 'stopped' });
  sendFromMain(PROGRESS_EVENT, { task: 'site-export', done: '3', total: 10 });
  sendFromMain(PROGRESS_EVENT, 'site-export');
  sendFromMain(MENU_EVENT, { task: 'site-export', done: 1, total: 2 });
  expect(heard).toEqual([[{ task: 'site-export', done: 3, total: 10 }], [{ task: 'site-export', done: 0, total: 0, message: 'stopped' }]]);
  unsubscribe();
  sendFromMain(PROGRESS_EVENT, { task: 'site-export', done: 4, total: 10 });
  expect(heard).toHaveLength(2);
  expect(listeners.get(PROGRESS_EVENT)?.size ?? 0).toBe(0);
  expect(() => api.onProgress('not a function' as never)).toThrow(TypeError);
});
