import { EventEmitter } from 'node:events';
import { expect, test, vi } from 'vitest';
import { BEFORE_CLOSE_EVENT, READY_TO_CLOSE_EVENT } from '../../../src-main/core/ipc/contract';
import { saveBeforeClose } from '../../../src-main/shell/close-guard';

function fakeWindow() {
  const pageEvents = new EventEmitter();
  const webContents = {
    send: vi.fn(),
    isDestroyed: () => false,
    isCrashed: () => false,
    on: (name: string, listener: (...args: unknown[]) => void) => pageEvents.on(name, listener),
    /** What Electron does when the page's beforeunload refuses to unload. */
    refuseUnload: () => pageEvents.emit('will-prevent-unload', { preventDefault: () => {} }),
  };
  const events = new EventEmitter();
  let closed = false;
  const window = {
    webContents,
    on: (name: string, listener: (...args: unknown[]) => void) => events.on(name, listener),
    isDestroyed: () => closed,
    /** What Electron does on close(): 'close' listeners may prevent it. */
    close: vi.fn(() => {
      let prevented = false;
      events.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) closed = true;
    }),
  };
  return { window, webContents, isClosed: () => closed };
}

test('the window waits for its page to say it has saved, then closes', () => {
  const { window, webContents, isClosed } = fakeWindow();
  const ipc = new EventEmitter();
  saveBeforeClose(window as never, ipc as never);
  window.close();
  expect(isClosed()).toBe(false);
  expect(webContents.send).toHaveBeenCalledExactlyOnceWith(BEFORE_CLOSE_EVENT);
  window.close(); // asked again while saving: still one request to the page
  expect(webContents.send).toHaveBeenCalledOnce();
  ipc.emit(READY_TO_CLOSE_EVENT, { sender: { someOtherPage: true } });
  expect(isClosed()).toBe(false);
  ipc.emit(READY_TO_CLOSE_EVENT, { sender: webContents });
  expect(isClosed()).toBe(true);
  expect(ipc.listenerCount(READY_TO_CLOSE_EVENT)).toBe(0);
});

test('a page that never answers does not keep the window open', () => {
  vi.useFakeTimers();
  try {
    const { window, isClosed } = fakeWindow();
    const ipc = new EventEmitter();
    const proceed = vi.fn(() => window.close());
    saveBeforeClose(window as never, ipc as never, proceed, 1000);
    window.close();
    vi.advanceTimersByTime(999);
    expect(isClosed()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(proceed).toHaveBeenCalledOnce();
    expect(isClosed()).toBe(true);
  } finally {
    vi.useRealTimers();
  }
});

test('a page that keeps the window open (unsaved changes the user kept) is asked to save again on the next close', () => {
  const { window, webContents, isClosed } = fakeWindow();
  const ipc = new EventEmitter();
  const proceed = vi.fn(() => webContents.refuseUnload());
  saveBeforeClose(window as never, ipc as never, proceed);
  window.close();
  ipc.emit(READY_TO_CLOSE_EVENT, { sender: webContents });
  expect(proceed).toHaveBeenCalledOnce();
  expect(isClosed()).toBe(false);

  window.close();
  expect(webContents.send).toHaveBeenCalledTimes(2);
  expect(isClosed()).toBe(false);
});
