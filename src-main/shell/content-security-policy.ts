import { isAppPageUrl, type AppPages } from './app-pages';

/**
 * The renderer's Content-Security-Policy. Only the app's own scripts and style
 * sheets run (React's style props go through the CSSOM, which CSP does not
 * govern); images are the app's own or data: URLs (pictures come over IPC as
 * data: URLs); no plugins, no <base>, no framing, no form posts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The same policy as a <meta> tag can carry it: browsers ignore (and warn about)
 * frame-ancestors there. The build writes it into index.html, so the page is
 * protected wherever it is opened, and the header repeats it.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/**
 * The policy for electron-vite's dev server. @vitejs/plugin-react injects an inline
 * React Refresh preamble, Vite injects style sheets as <style> tags, and Vite's
 * client talks to the server over a websocket; all are allowed for that one origin
 * only. Packaged and built apps never use this.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const dev = new URL(devServerUrl);
  const socket = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .concat(`; connect-src 'self' ${dev.origin} ${socket}`);
}

/** Schemes of documents the app could show. DevTools (devtools:) and Chromium's own pages keep their policies. */
const POLICED_SCHEMES = new Set(['app:', 'http:', 'https:', 'file:']);

/**
 * The policy for a document the window loads: the relaxed dev policy only for
 * pages of the dev server, the strict one for every other web or app document,
 * and null (leave its headers alone) for DevTools and Chromium's internal pages.
 */
export function policyForDocument(url: string, pages: AppPages): string | null {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    return CONTENT_SECURITY_POLICY;
  }
  if (!POLICED_SCHEMES.has(scheme)) return null;
  if (pages.devServerUrl && (scheme === 'http:' || scheme === 'https:') && isAppPageUrl(url, pages)) {
    return devContentSecurityPolicy(pages.devServerUrl);
  }
  return CONTENT_SECURITY_POLICY;
}
