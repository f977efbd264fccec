// Types only: the event is read through a narrow shape, so this is testable without Electron.
import type { IpcMainInvokeEvent } from 'electron';
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

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender'> & {
  readonly senderFrame: { readonly parent: unknown; readonly url: string } | null;
};

/**
 * Reads the facts off an IPC event. `mainContents` is the main window's web
 * contents, or null when there is no live window (then nothing is from it).
 */
export function describeSender(event: SenderEvent, mainContents: IpcMainInvokeEvent['sender'] | null): SenderFacts {
  let frame: SenderEvent['senderFrame'];
  try {
    frame = event.senderFrame;
  } catch {
    frame = null; // the frame navigated away or was destroyed before the request arrived
  }
  return {
    fromMainWindow: mainContents !== null && event.sender === mainContents,
    topFrame: frame !== null && frame.parent === null,
    url: frame?.url ?? null,
  };
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
