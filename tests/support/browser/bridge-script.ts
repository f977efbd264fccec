import { CHANNEL_NAMES } from '../../../src-main/core/ipc/channels';
import { MENU_COMMANDS } from '../../../src-main/core/ipc/contract';

/** The binding the page calls; Playwright answers it in the test process, with the answer as JSON text. */
export const INVOKE_BINDING = '__dramalogInvoke';

/** The window event a test fires to play an app-menu command. */
export const MENU_COMMAND_EVENT = 'dramalog-test:menu-command';

/** The window event that carries the test host's progress events (Host.progress) into the page, as PROGRESS_EVENT does in the app. */
export const PROGRESS_TEST_EVENT = 'dramalog-test:progress';

/** What a test calls in the page to play the desktop window closing: runs the before-close listeners, resolves when they are done. */
export const BEFORE_CLOSE_FUNCTION = '__dramalogTestBeforeClose';

/**
 * The script that builds `window.dramalog` in the page before any of the app's own
 * code runs, shaped like the Electron preload: one function per contract channel
 * (each a call into the test process's real core), onMenuCommand, fed by a
 * window event instead of IPC, onProgress, fed by the test host's progress
 * events (PROGRESS_TEST_EVENT), and onBeforeClose, run when a test plays the
 * window closing. Like the preload, it ignores unknown commands.
 */
export function bridgeInitScript(): string {
  const config = JSON.stringify({
    channels: CHANNEL_NAMES,
    commands: MENU_COMMANDS,
    binding: INVOKE_BINDING,
    event: MENU_COMMAND_EVENT,
    beforeClose: BEFORE_CLOSE_FUNCTION,
    progress: PROGRESS_TEST_EVENT,
  });
  return `(() => {
  const config = ${config};
  const invoke = window[config.binding];
  const api = {};
  // Answers cross as JSON text: Playwright copies a string far faster than a large object
  // (the library's 10,000 rows), as Electron's IPC would copy it.
  for (const channel of config.channels) {
    api[channel] = (input) => invoke(channel, input).then((text) => JSON.parse(text));
  }
  const commands = new Set(config.commands);
  api.onMenuCommand = (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    const forward = (event) => {
      if (typeof event.detail === 'string' && commands.has(event.detail)) listener(event.detail);
    };
    window.addEventListener(config.event, forward);
    return () => window.removeEventListener(config.event, forward);
  };
  api.onProgress = (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onProgress needs a function');
    const forward = (event) => {
      const d = event.detail;
      if (!d || typeof d.task !== 'string' || typeof d.done !== 'number' || typeof d.total !== 'number') return;
      listener(typeof d.message === 'string' ? { task: d.task, done: d.done, total: d.total, message: d.message } : { task: d.task, done: d.done, total: d.total });
    };
    window.addEventListener(config.progress, forward);
    return () => window.removeEventListener(config.progress, forward);
  };
  const beforeClose = new Set();
  api.onBeforeClose = (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onBeforeClose needs a function');
    const entry = () => listener();
    beforeClose.add(entry);
    return () => beforeClose.delete(entry);
  };
  Object.defineProperty(window, config.beforeClose, {
    value: () => Promise.allSettled([...beforeClose].map(async (listener) => listener())).then(() => undefined),
  });
  Object.defineProperty(window, 'dramalog', { value: Object.freeze(api), enumerable: true });
})();`;
}
