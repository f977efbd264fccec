import { isAppPageUrl, type AppPages } from './app-pages';

/**
 * The renderer's Content-Security-Policy. Only the app's own scripts run; styles
 * may be inline (React style props); images may be data: or local files (covers);
 * no plugins, no <base>, no framing, no form posts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: file:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy for electron-vite's dev server. @vitejs/plugin-react injects an inline
 * React Refresh preamble and Vite's client talks to the server over a websocket;
 * both are allowed for that one origin only. Packaged and built apps never use this.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const dev = new URL(devServerUrl);
  const socket = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").concat(
    `; connect-src 'self' ${dev.origin} ${socket}`,
  );
}

/**
 * The policy for a document the window loads: the relaxed dev policy only for
 * pages of the dev server, the strict one for everything else.
 */
export function policyForDocument(url: string, pages: AppPages): string {
  if (pages.devServerUrl && !url.startsWith('file:') && isAppPageUrl(url, pages)) return devContentSecurityPolicy(pages.devServerUrl);
  return CONTENT_SECURITY_POLICY;
}
