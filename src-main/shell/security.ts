import type { Session } from 'electron';
import type { AppPages } from './app-pages';
import { policyForDocument } from './content-security-policy';

/**
 * Session-wide defences: every document gets the strict Content-Security-Policy
 * as a response header (index.html repeats it in a <meta> tag), and web
 * permissions (camera, notifications, geolocation, ...) are never granted.
 */
export function secureSession(session: Session, pages: AppPages): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (details.resourceType !== 'mainFrame' && details.resourceType !== 'subFrame') {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policyForDocument(details.url, pages)] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}
