import { beforeAll, expect, test, vi } from 'vitest';
import type { DramalogApi } from '../../../src-main/core/ipc/contract';

// A stand-in for Electron's renderer-side modules: records what the preload exposes and sends.
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener),
  },
}));

const { CHANNEL_NAMES, MENU_EVENT } = await import('../../../src-main/core/ipc/contract');
let api: DramalogApi;
beforeAll(async () => {
  await import('../../../src-main/shell/preload');
  api = exposed.get('dramalog') as DramalogApi;
});

function sendFromMain(channel: string, ...args: unknown[]) {
  const event = { sender: 'the ipcRenderer event, which must not reach the page' };
  for (const listener of listeners.get(channel) ?? []) listener(event, ...args);
}

test('the page gets window.dramalog and nothing else: one function per channel and onMenuCommand', () => {
  expect([...exposed.keys()]).toEqual(['dramalog']);
  expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'onMenuCommand'].sort());
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
