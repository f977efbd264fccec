import { basename, join } from 'node:path';
import { SITE_PATH, type FolderRequest, type Host, type OpenFileRequest, type ProgressEvent, type SaveFileRequest } from '../core/ipc/host';
import { memorySecrets } from '../core/publish/memory-secrets';
import type { EventHub } from './events';
import { requestContext } from './request-context';

/**
 * The core's Host when the app runs in a browser. The page asks the user first
 * (a file input, a folder field, a download) and sends the answer with the call;
 * here each question is answered from that request's context. A call sent
 * without an answer is a dismissed dialog: the core then reports `cancelled`.
 * The exported site opens in the page's own browser, served read-only at SITE_PATH;
 * its folder cannot be shown from here, so the page shows its path instead. Publish passwords are
 * kept in the server's memory until it stops: the server's user may have no keychain to offer.
 */
export function browserHost(events: EventHub): Host {
  return {
    async chooseFiles(request: OpenFileRequest): Promise<string[]> {
      const uploads = requestContext.getStore()?.uploads ?? [];
      return request.multiple ? uploads : uploads.slice(0, 1);
    },
    async chooseSaveFile(request: SaveFileRequest): Promise<string | null> {
      const dir = requestContext.getStore()?.downloadDir;
      return dir ? join(dir, basename(request.defaultName)) : null;
    },
    async chooseFolder(_request: FolderRequest): Promise<string | null> {
      const context = requestContext.getStore();
      if (context?.downloadDir) return join(context.downloadDir, 'site');
      return context?.folder ?? null;
    },
    progress(event: ProgressEvent): void {
      events.publish({ type: 'progress', tab: requestContext.getStore()?.tab ?? null, event });
    },
    // A call that downloads its folder as a .zip got a scratch folder, gone once the browser fetched it.
    keepsFolder: () => !requestContext.getStore()?.downloadDir,
    openSite: async () => SITE_PATH,
    showFolder: async () => false,
    ...memorySecrets(),
  };
}
