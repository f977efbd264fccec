import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { appFileFor, type AppPages } from './app-pages';
import { policyForDocument } from './content-security-policy';

/** Fetches a file:// URL (Electron's net.fetch in the app; a fake in tests). */
export type FetchFile = (fileUrl: string) => Promise<Response>;

/**
 * The app:// handler: a request names a file under out/renderer (appFileFor refuses
 * anything else), which is answered with its contents, the strict Content-Security-Policy
 * and nosniff. Anything that is not such a file is a 404, folders included (file://
 * would list a folder's contents).
 */
export function appProtocolHandler(pages: AppPages, fetchFile: FetchFile): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = appFileFor(request.url, pages.rendererDir);
    if (file === null || !isFile(file)) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    const response = await fetchFile(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('x-content-type-options', 'nosniff');
    const policy = policyForDocument(request.url, pages);
    if (policy !== null) headers.set('content-security-policy', policy);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
