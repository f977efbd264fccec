import { app, net, protocol, type Session, type WebContents } from 'electron';
import { APP_SCHEME, type AppPages } from './app-pages';
import { appProtocolHandler } from './app-protocol';
import { policyForDocument } from './content-security-policy';
import { guardContents, denyPermissions } from './guards';

/**
 * Registers app:// as a standard, secure scheme (relative URLs, module scripts,
 * storage and a real origin). Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * App-wide defences, before any window exists: every web contents the app ever
 * creates (windows, DevTools, anything a page could open) navigates nowhere,
 * opens no windows and attaches no webviews.
 */
export function guardEveryWebContents(pages: AppPages, openExternal: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents: WebContents) => guardContents(contents, pages, openExternal));
}

/**
 * Session-wide defences: app:// serves out/renderer and nothing else, with the
 * strict Content-Security-Policy on every page; web documents from elsewhere (the
 * dev server) get the policy as a response header too, DevTools keeps its own;
 * web permissions (camera, notifications, geolocation, ...) are never granted.
 */
export function secureSession(session: Session, pages: AppPages): void {
  session.protocol.handle(APP_SCHEME, appProtocolHandler(pages, (fileUrl) => net.fetch(fileUrl)));
  session.webRequest.onHeadersReceived((details, callback) => {
    const policy = details.resourceType === 'mainFrame' || details.resourceType === 'subFrame' ? policyForDocument(details.url, pages) : null;
    if (policy === null) {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
  denyPermissions(session);
}
