import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
}

/**
 * A file of `root` named by a URL path, or null. Only plain files that really
 * lie inside root are served: `..` segments, encoded or not, backslashes, NUL,
 * hidden files and symbolic links leading out are all "not found".
 */
export function readStaticFile(root: string, urlPath: string): StaticFile | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path === '/' || path === '') path = '/index.html';
  const segments = path.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s.startsWith('.') || s.includes('\\') || s.includes('\0'))) return null;
  const base = realpathSync(root);
  const candidate = join(base, ...segments);
  if (!existsSync(candidate)) return null;
  const real = realpathSync(candidate);
  if (!real.startsWith(base + sep) || !statSync(real).isFile()) return null;
  return { body: readFileSync(real), type: MEDIA_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream' };
}
