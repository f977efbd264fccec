import type { DramalogApi, IpcResult } from '@core/ipc/contract';
import type { Transport } from './transport';

/** The Electron preload's `window.dramalog` (or the test bridge shaped like it), when there is one. */
export function desktopTransport(): Transport | null {
  const bridged = (window as unknown as { dramalog?: DramalogApi }).dramalog;
  if (!bridged) return null;
  return {
    kind: 'desktop',
    call: (channel, input) => (bridged[channel] as (input: unknown) => Promise<IpcResult<unknown>>)(input),
    onMenuCommand: (listener) => bridged.onMenuCommand(listener),
    onBeforeClose: (listener) => (bridged.onBeforeClose ? bridged.onBeforeClose(listener) : () => {}),
    onProgress: (listener) => (bridged.onProgress ? bridged.onProgress(listener) : () => {}),
    // One window on one journal: nothing else changes it while the app runs.
    onJournalChanged: () => () => {},
  };
}
