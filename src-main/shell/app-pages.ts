import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The app's pages are served from the privileged custom scheme `app://dramalog/`
 * (Electron's security checklist: a custom protocol rather than file://), which
 * maps onto the built renderer folder and nothing else.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dramalog';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Where the app's own renderer comes from: the built folder, or electron-vite's dev server. */
export interface AppPages {
  /** Absolute path of out/renderer, the only folder app:// serves. */
  rendererDir: string;
  /** electron-vite's dev server (ELECTRON_RENDERER_URL), only when running unpackaged in dev. */
  devServerUrl?: string;
}

/**
 * True when `url` is the app's own page: app://dramalog/index.html (any hash or
 * query, since routes live in the hash) or any page of the dev server's origin.
 * Anything else (a file, a remote site, about:blank, another app:// path) is not the app.
 */
export function isAppPageUrl(url: string, pages: AppPages): boolean {
  const parsed = safeUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host.toLowerCase() === APP_HOST && parsed.pathname === '/index.html';
  if (!pages.devServerUrl) return false;
  const dev = safeUrl(pages.devServerUrl);
  return dev !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === dev.origin;
}

/**
 * The file under `rendererDir` that an app:// request names, or null when the
 * request is for another host, is malformed, or would leave the folder (`..`,
 * encoded slashes or backslashes, NUL, an absolute path). `/` is index.html.
 */
export function appFileFor(requestUrl: string, rendererDir: string): string | null {
  const parsed = safeUrl(requestUrl);
  if (parsed === null || parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null;
  if (/%(2f|5c|00)/i.test(parsed.pathname)) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\\') || path.includes('\0') || path.split('/').includes('..')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

/** URLs the app may hand to the system browser: plain web links, nothing that runs a program or opens a file. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = safeUrl(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
