import type { ChannelName, IpcResult, MenuCommand, ProgressEvent } from '@core/ipc/contract';

/**
 * How the renderer reaches the journal: the desktop shell's preload
 * (desktop-transport.ts) or the `dramalog serve` HTTP server (http-transport.ts).
 * client.ts picks one; nothing else knows which.
 */
export interface Transport {
  kind: 'desktop' | 'browser';
  call(channel: ChannelName, input: unknown): Promise<IpcResult<unknown>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Runs `listener` before the window or tab goes away, and waits for it where that is possible. */
  onBeforeClose(listener: () => void | Promise<void>): () => void;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  /** Hears that the journal was changed elsewhere (another tab, the CLI); a no-op where nothing else can change it. */
  onJournalChanged(listener: () => void): () => void;
}
