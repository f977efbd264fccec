/**
 * The renderer's way to the journal in a browser: `dramalog serve`'s HTTP API.
 * Each call is POST /api/CHANNEL with the input as JSON (with the files for a
 * channel that asks for some), answered with the same `{ok, value}` as IPC.
 * Progress and journal changes arrive over Server-Sent Events.
 */
import type { IpcResult, MenuCommand, ProgressEvent } from '@core/ipc/contract';
import { DIALOGS, download, pickFiles, useFolderPrompt } from './browser-dialogs';
import type { Transport } from './transport';

// The header names the server reads (src-main/server/app.ts).
const TAB_HEADER = 'x-dramalog-tab';
const FOLDER_HEADER = 'x-dramalog-folder';
const DOWNLOAD_HEADER = 'x-dramalog-download';
const DOWNLOAD_URL_HEADER = 'x-dramalog-download-url';
const DOWNLOAD_NAME_HEADER = 'x-dramalog-download-name';

type ServerEvent =
  | { type: 'progress'; tab: string | null; event: ProgressEvent }
  | { type: 'journal-changed'; tab: string | null }
  | { type: 'menu-command'; command: MenuCommand };

const failure = (message: string): IpcResult<unknown> => ({ ok: false, error: { code: 'internal', message } });

export function httpTransport(): Transport {
  const tab = crypto.randomUUID();
  const listeners = { progress: new Set<(e: ProgressEvent) => void>(), changed: new Set<() => void>(), menu: new Set<(c: MenuCommand) => void>() };
  let stream: EventSource | null = null;
  const listen = () => {
    if (stream) return;
    stream = new EventSource('/api/events');
    stream.onmessage = (message) => {
      const event = JSON.parse(message.data as string) as ServerEvent;
      if (event.type === 'progress' && event.tab === tab) listeners.progress.forEach((l) => l(event.event));
      else if (event.type === 'journal-changed' && event.tab !== tab) listeners.changed.forEach((l) => l());
      else if (event.type === 'menu-command') listeners.menu.forEach((l) => l(event.command));
    };
  };
  const subscribe = <T>(set: Set<T>, listener: T) => {
    listen();
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };

  async function call(channel: string, input: unknown): Promise<IpcResult<unknown>> {
    const headers: Record<string, string> = { [TAB_HEADER]: tab };
    let body: BodyInit | undefined = input === undefined ? undefined : JSON.stringify(input);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const dialog = DIALOGS[channel as keyof typeof DIALOGS];
    // A dismissed dialog sends the call without an answer: the core then says `cancelled`, as on the desktop.
    if (dialog?.kind === 'open') {
      const files = await pickFiles(dialog);
      const form = new FormData();
      if (input !== undefined) form.set('input', JSON.stringify(input));
      for (const file of files) form.append('file', file);
      body = form;
      delete headers['content-type'];
    } else if (dialog?.kind === 'save') {
      headers[DOWNLOAD_HEADER] = dialog.zipName;
    } else if (dialog?.kind === 'folder') {
      // The whole site goes to the folder the journal remembers for it (Change folder… offers it first).
      const wholeSite = channel === 'site.export' && (input as { dramaId?: number } | undefined)?.dramaId === undefined;
      const place = wholeSite ? await call('site.place', undefined) : null;
      const suggested = place?.ok ? (place.value as { folder: string } | null)?.folder : undefined;
      const answer = await useFolderPrompt.getState().ask(dialog.title, suggested);
      if (answer && 'folder' in answer) headers[FOLDER_HEADER] = encodeURIComponent(answer.folder);
      if (answer && 'download' in answer) headers[DOWNLOAD_HEADER] = dialog.zipName;
    }
    let response: Response;
    try {
      // keepalive lets a small call (the editor's last save) finish after the tab closes.
      const keepalive = typeof body !== 'object' && (body?.length ?? 0) < 60_000;
      response = await fetch(`/api/${channel}`, { method: 'POST', headers, body, credentials: 'same-origin', keepalive });
    } catch (error) {
      return failure(`the Dramalog server cannot be reached (${(error as Error).message}); is dramalog serve still running?`);
    }
    if (response.status === 401) return { ok: false, error: { code: 'forbidden', message: 'This page is signed out: open the address dramalog serve printed.' } };
    let result: IpcResult<unknown>;
    try {
      result = (await response.json()) as IpcResult<unknown>;
    } catch {
      return failure(`the server answered ${response.status} without a result`);
    }
    const url = response.headers.get(DOWNLOAD_URL_HEADER);
    if (url && result.ok) {
      download(url);
      // The server's scratch folder means nothing here: say where the browser put it.
      const where = `Downloads/${decodeURIComponent(response.headers.get(DOWNLOAD_NAME_HEADER) ?? 'download')}`;
      const value = result.value as Record<string, unknown>;
      result = { ok: true, value: { ...value, ...('file' in value ? { file: where } : {}), ...('outDir' in value ? { outDir: where } : {}) } };
    }
    return result;
  }

  return {
    kind: 'browser',
    call,
    onMenuCommand: (listener) => subscribe(listeners.menu, listener),
    onProgress: (listener) => subscribe(listeners.progress, listener),
    onJournalChanged: (listener) => subscribe(listeners.changed, listener),
    onBeforeClose(listener) {
      // A tab cannot be held open: the listener starts on pagehide (unsaved text also sits in
      // localStorage), and `beforeunload` asks the browser's leave-page question while a save is pending.
      const run = () => void listener();
      window.addEventListener('pagehide', run);
      return () => window.removeEventListener('pagehide', run);
    },
  };
}
