// Types only: the guards take narrow shapes of Electron's objects, so they are testable with fakes.
import type { Event, Session, WebContents } from 'electron';
import { isAppPageUrl, isExternalWebUrl, type AppPages } from './app-pages';

interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}
interface FrameNavigationEvent extends NavigationEvent {
  readonly isMainFrame: boolean;
}

/** The parts of a WebContents the guard uses. */
export interface GuardedContents {
  setWindowOpenHandler: WebContents['setWindowOpenHandler'];
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: FrameNavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Pick<Event, 'preventDefault'>) => void): unknown;
}

/**
 * A web contents only ever shows the app's own page. Links to websites open in
 * the system browser; every other navigation, every pop-up and every webview is
 * refused. The URL is read from the event (Electron 45 deprecates the argument).
 */
export function guardContents(contents: GuardedContents, pages: AppPages, openExternal: (url: string) => void): void {
  const openIfWebLink = (url: string) => {
    if (isExternalWebUrl(url)) openExternal(url);
  };
  contents.setWindowOpenHandler(({ url }) => {
    openIfWebLink(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppPageUrl(event.url, pages)) return;
    event.preventDefault();
    openIfWebLink(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppPageUrl(event.url, pages)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Web permissions (camera, microphone, notifications, geolocation, clipboard, ...): never asked for, never granted. */
export function denyPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
