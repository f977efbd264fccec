/**
 * The IPC contract, as types derived from the channel declarations (`channels.ts`, gathered from
 * each domain's `channels.ts`), plus the names of the few events main and the preload share.
 * Values here are plain constants, so the sandboxed preload can import this file cheaply; the
 * list of channel names reaches the preload from main (CHANNEL_LIST_EVENT), never from here.
 */
import type { CoreError } from '../common/errors';
import type { Channel } from './channel';
import type { CHANNELS } from './channels';
import type { MenuCommand } from '../common/menu-commands';
import type { ProgressEvent } from './host';

export type { NoInput } from '../common/validation/no-input';

type Declared = typeof CHANNELS;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- matching any channel, whatever its input
type InputOf<D> = D extends Channel<infer I, any> ? I : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- matching any channel, whatever its input
type OutputOf<D> = D extends Channel<any, infer O> ? Awaited<O> : never;

/** Every channel with its input (as its schema accepts it) and its output (as its function answers). */
export type IpcContract = { [C in keyof Declared]: { input: InputOf<Declared[C]>; output: OutputOf<Declared[C]> } };

export type ChannelName = keyof IpcContract;
export type ChannelInput<C extends ChannelName> = IpcContract[C]['input'];
export type ChannelOutput<C extends ChannelName> = IpcContract[C]['output'];

/** The preload asks main for the channel names once, synchronously, before the page runs. */
export const CHANNEL_LIST_EVENT = 'app:channels';

/** A refusal as data: what the renderer shows, and the field or line it belongs to (see common/errors.ts). */
export type IpcError = CoreError;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The API the preload puts on `window.dramalog`: one narrow function per channel, plus events. */
export type ChannelApi = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};

/** Commands the app menu sends to the renderer (declared in common, where the menu's template is). */
export { MENU_COMMANDS, type MenuCommand } from '../common/menu-commands';

/** The event channel main uses to send menu commands to the renderer. */
export const MENU_EVENT = 'menu:command';

/**
 * Before the window closes, main sends BEFORE_CLOSE_EVENT; the preload runs the
 * page's before-close listeners (saving unsaved typing) and answers READY_TO_CLOSE_EVENT.
 */
export const BEFORE_CLOSE_EVENT = 'app:before-close';
export const READY_TO_CLOSE_EVENT = 'app:ready-to-close';

/** The event channel main uses to report progress of long work (Host.progress) to the window. */
export const PROGRESS_EVENT = 'app:progress';
export type { ProgressEvent };

export interface DramalogApi extends ChannelApi {
  /** Subscribes to app-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Runs `listener` before the window closes (or the app quits) and waits, for a
   * few seconds at most, for the promise it returns. Returns the unsubscribe function.
   */
  onBeforeClose(listener: () => void | Promise<void>): () => void;
  /** Subscribes to progress of long work (an export: task `site-export`); returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}
