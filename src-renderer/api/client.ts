/**
 * The renderer's one door to the journal. Everything else calls `api(...)` and
 * gets a plain value back or an ApiError carrying the core's error unchanged; nothing else touches `window.dramalog`.
 */
import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
  DramalogApi,
  IpcResult,
  MenuCommand,
  ProgressEvent,
} from '@core/ipc/contract';
import { ApiError } from './api-error';

// Read through a cast rather than a global declaration, so this module does not
// fight the preload's own typing of `window`.
function bridge(): DramalogApi {
  const bridged = (window as unknown as { dramalog?: DramalogApi }).dramalog;
  if (!bridged) {
    throw new ApiError({ code: 'internal', message: 'Dramalog cannot reach its journal: the app was opened without its desktop shell.' });
  }
  return bridged;
}

/** Calls `channel` and unwraps its answer: the value, or a thrown ApiError with the core's code and message. */
export async function api<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const call = bridge()[channel] as (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
  let result: IpcResult<ChannelOutput<C>>;
  try {
    result = await call(input);
  } catch (error) {
    throw new ApiError({ code: 'internal', message: `Dramalog lost touch with its journal: ${(error as Error)?.message ?? String(error)}` });
  }
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}

/** Subscribes to the app menu's commands; a no-op where there is no menu. Returns the unsubscribe function. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const bridged = (window as unknown as { dramalog?: DramalogApi }).dramalog;
  return bridged ? bridged.onMenuCommand(listener) : () => {};
}

/**
 * Runs `listener` before the desktop window closes and lets it finish (for a few
 * seconds at most); a no-op where there is no desktop shell. Returns the unsubscribe function.
 */
export function onBeforeClose(listener: () => void | Promise<void>): () => void {
  const bridged = (window as unknown as { dramalog?: DramalogApi }).dramalog;
  return bridged?.onBeforeClose ? bridged.onBeforeClose(listener) : () => {};
}

/** Subscribes to progress of long work (an export); a no-op where there is no desktop shell. Returns the unsubscribe function. */
export function onProgress(listener: (event: ProgressEvent) => void): () => void {
  const bridged = (window as unknown as { dramalog?: DramalogApi }).dramalog;
  return bridged?.onProgress ? bridged.onProgress(listener) : () => {};
}
