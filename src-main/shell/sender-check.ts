import type { IpcResult } from '../core/ipc/contract';
import { isAppPageUrl, type AppPages } from './app-pages';

/** What main knows about who sent an IPC request. */
export interface SenderFacts {
  /** The request came from the main window's web contents. */
  fromMainWindow: boolean;
  /** It came from that window's top frame, not from an iframe inside it. */
  topFrame: boolean;
  /** The sending frame's URL, or null when the frame is already gone. */
  url: string | null;
}

/**
 * Only the app's own page, in the main window's top frame, may use the journal.
 * Returns null when the sender is trusted, or the refusal to answer with.
 */
export function refuseUntrustedSender(facts: SenderFacts, pages: AppPages): IpcResult<never> | null {
  if (facts.fromMainWindow && facts.topFrame && facts.url !== null && isAppPageUrl(facts.url, pages)) return null;
  const from = facts.url ? ` from ${facts.url}` : '';
  return {
    ok: false,
    error: { code: 'forbidden', message: `refused a request${from}: only Dramalog's own window may use the journal` },
  };
}
