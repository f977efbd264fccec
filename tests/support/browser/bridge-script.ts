import { CHANNEL_NAMES, MENU_COMMANDS } from '../../../src-main/core/ipc/contract';

/** The binding the page calls; Playwright answers it in the test process. */
export const INVOKE_BINDING = '__dramalogInvoke';

/** The window event a test fires to play an app-menu command. */
export const MENU_COMMAND_EVENT = 'dramalog-test:menu-command';

/**
 * The script that builds `window.dramalog` in the page before any of the app's own
 * code runs, shaped like the Electron preload: one function per contract channel
 * (each a call into the test process's real core) and onMenuCommand, fed by a
 * window event instead of IPC. Like the preload, it ignores unknown commands.
 */
export function bridgeInitScript(): string {
  const config = JSON.stringify({
    channels: CHANNEL_NAMES,
    commands: MENU_COMMANDS,
    binding: INVOKE_BINDING,
    event: MENU_COMMAND_EVENT,
  });
  return `(() => {
  const config = ${config};
  const invoke = window[config.binding];
  const api = {};
  for (const channel of config.channels) {
    api[channel] = (input) => invoke(channel, input);
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
  Object.defineProperty(window, 'dramalog', { value: Object.freeze(api), enumerable: true });
})();`;
}
