/**
 * The renderer's one door to the journal. Everything else calls `api(...)` and
 * gets a plain value back or an ApiError carrying the core's error unchanged (code, message, field, line).
 * The transport is the desktop shell's preload where there is one, else the `dramalog serve` server this page came from.
 */
import type { ChannelInput, ChannelName, ChannelOutput, MenuCommand, ProgressEvent } from '@core/ipc/contract';
import { ApiError } from './api-error';
import { desktopTransport } from './desktop-transport';
import { httpTransport } from './http-transport';
import type { Transport } from './transport';

let chosen: Transport | null = null;
function transport(): Transport {
  chosen ??= desktopTransport() ?? httpTransport();
  return chosen;
}

/** Whether the app runs in a browser tab (served by `dramalog serve`) rather than the desktop window. */
export const inBrowser = () => transport().kind === 'browser';

/** Calls `channel` and unwraps its answer: the value, or a thrown ApiError with the core's code and message. */
export async function api<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  let result;
  try {
    result = await transport().call(channel, input);
  } catch (error) {
    throw new ApiError({ code: 'internal', message: `Dramalog lost touch with its journal: ${(error as Error)?.message ?? String(error)}` });
  }
  if (result.ok) return result.value as ChannelOutput<C>;
  throw new ApiError(result.error);
}

/** Subscribes to the app menu's commands. Returns the unsubscribe function. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return transport().onMenuCommand(listener);
}

/** Runs `listener` before the window or tab closes (saving unsaved typing). Returns the unsubscribe function. */
export function onBeforeClose(listener: () => void | Promise<void>): () => void {
  return transport().onBeforeClose(listener);
}

/** Subscribes to progress of long work (an export). Returns the unsubscribe function. */
export function onProgress(listener: (event: ProgressEvent) => void): () => void {
  return transport().onProgress(listener);
}

/** Hears that the journal was changed somewhere else (another tab, the CLI). Returns the unsubscribe function. */
export function onJournalChanged(listener: () => void): () => void {
  return transport().onJournalChanged(listener);
}
