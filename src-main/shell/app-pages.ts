import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the app's own renderer comes from: the built index.html, or electron-vite's dev server. */
export interface AppPages {
  /** Absolute path of out/renderer/index.html. */
  rendererIndexFile: string;
  /** electron-vite's dev server (ELECTRON_RENDERER_URL), only when running unpackaged in dev. */
  devServerUrl?: string;
}

/**
 * True when `url` is the app's own page: the built index.html itself (any hash
 * or query, since routes live in the hash) or any page of the dev server's origin.
 * Anything else (another file, a remote site, about:blank) is not the app.
 */
export function isAppPageUrl(url: string, pages: AppPages): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') {
    if (parsed.host && parsed.host !== 'localhost') return false; // a network share is never the app
    try {
      return samePath(fileURLToPath(stripSuffix(parsed)), pages.rendererIndexFile);
    } catch {
      return false; // e.g. an encoded slash in the path: not a file this app serves
    }
  }
  if (!pages.devServerUrl) return false;
  const dev = safeUrl(pages.devServerUrl);
  return dev !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === dev.origin;
}

/** URLs the app may hand to the system browser: plain web links, nothing that runs a program or opens a file. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = safeUrl(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
}

function stripSuffix(url: URL): URL {
  const copy = new URL(url.href);
  copy.hash = '';
  copy.search = '';
  return copy;
}

function samePath(a: string, b: string): boolean {
  const left = resolve(a);
  const right = resolve(b);
  // Windows and macOS file systems are usually case-insensitive; Linux is not.
  return process.platform === 'linux' ? left === right : left.toLowerCase() === right.toLowerCase();
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
