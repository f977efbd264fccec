import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the browser sent along with one call, for the Host to answer the core's
 * questions with: the files uploaded with it, where a folder export goes, and a
 * scratch folder for files the browser will download. The core's handlers run
 * inside `requestContext.run(context, …)`, so one Host serves every request.
 */
export interface RequestContext {
  /** The tab that made the call (its progress events carry it). */
  tab: string | null;
  /** Files uploaded with the call, saved under their own names in a private folder. */
  uploads: string[];
  /** The folder on this machine to export into, as the user typed it; null when not given. */
  folder: string | null;
  /** When set, a save file or export folder goes here instead, and the browser downloads the result. */
  downloadDir: string | null;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();
