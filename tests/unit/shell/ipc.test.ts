import { afterEach, beforeEach, expect, test, vi } from 'vitest';

// Electron's real module cannot load under Node; ipcMain is all ipc.ts needs.
const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
const listeners = new Map<string, (event: { returnValue?: unknown }) => void>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, input: unknown) => unknown) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
    on: (channel: string, listener: (event: { returnValue?: unknown }) => void) => listeners.set(channel, listener),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

const { CHANNEL_NAMES } = await import('../../../src-main/core/ipc/channels');
const { CHANNEL_LIST_EVENT } = await import('../../../src-main/core/ipc/contract');
const { registerIpc } = await import('../../../src-main/shell/ipc');
const { openTempJournal, sampleDrama } = await import('../../support/temp-journal');

const pages = { rendererDir: '/app/out/renderer' };
const appPage = { fromMainWindow: true, topFrame: true, url: 'app://dramalog/index.html#/library' };
let senderFacts = appPage;
let t: ReturnType<typeof openTempJournal>;
let unregister = () => {};

beforeEach(() => {
  t = openTempJournal();
  senderFacts = appPage;
  unregister = registerIpc(t.journal, pages, () => senderFacts);
});
afterEach(() => {
  unregister();
  t.cleanup();
});

const call = (channel: string, input?: unknown) => handlers.get(channel)!({}, input);

test('every channel of the contract is answered, and unregistering removes them all', () => {
  expect([...handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  unregister();
  expect(handlers.size).toBe(0);
  expect(listeners.size).toBe(0);
  unregister = () => {};
});

test('the preload asks for the channel names and gets exactly those that are answered', () => {
  const event: { returnValue?: unknown } = {};
  listeners.get(CHANNEL_LIST_EVENT)!(event);
  expect(event.returnValue).toEqual([...handlers.keys()]);
});

test("the app's page gets answers from the core, with input validated first", async () => {
  expect(await call('dramas.create', sampleDrama)).toMatchObject({ ok: true, value: { id: 1, title: 'Moonlit Ferry' } });
  expect(await call('dramas.create', { ...sampleDrama, episodes: 'twelve' })).toMatchObject({
    ok: false,
    error: { code: 'invalid-input', message: 'episodes must be a whole number from 1 to 999', field: 'episodes' },
  });
  expect(await call('journal.info')).toMatchObject({ ok: true, value: { path: t.path } });
});

test('any other sender is refused and the journal is left as it was', async () => {
  for (const facts of [
    { ...appPage, url: 'https://evil.example/' },
    { ...appPage, topFrame: false },
    { ...appPage, fromMainWindow: false },
  ]) {
    senderFacts = facts;
    expect(await call('dramas.create', sampleDrama)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  }
  expect(t.journal.dramas.list({})).toEqual([]);
});
