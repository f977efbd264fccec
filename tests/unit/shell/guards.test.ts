import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import { denyPermissions, guardContents, type GuardedContents } from '../../../src-main/shell/guards';

const pages = { rendererDir: '/app/out/renderer' };

/** A web contents as far as the guard sees it: events, and the window-open handler it installs. */
function fakeContents() {
  const events = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    setWindowOpenHandler: (handler: never) => {
      openHandler = handler;
    },
    on: (name: string, listener: (...args: unknown[]) => void) => events.on(name, listener),
  } as unknown as GuardedContents;
  const navigate = (name: string, url: string, extra: object = {}) => {
    let prevented = false;
    events.emit(name, { url, ...extra, preventDefault: () => (prevented = true) }, 'deprecated-url-argument');
    return prevented;
  };
  return { contents, navigate, open: (url: string) => openHandler!({ url }) };
}

describe('every web contents the app creates', () => {
  test("stays on the app's page: navigation elsewhere is refused, web links go to the system browser", () => {
    const opened: string[] = [];
    const fake = fakeContents();
    guardContents(fake.contents, pages, (url) => opened.push(url));
    expect(fake.navigate('will-navigate', 'app://dramalog/index.html#/library')).toBe(false);
    expect(fake.navigate('will-navigate', 'https://www.viki.com/tv/1')).toBe(true);
    expect(fake.navigate('will-navigate', 'file:///etc/hostname')).toBe(true);
    expect(fake.navigate('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(opened).toEqual(['https://www.viki.com/tv/1']);
  });

  test('reads the URL from the event, not the deprecated argument', () => {
    const fake = fakeContents();
    guardContents(fake.contents, pages, () => {});
    // The second argument says something else: only the event's url counts.
    expect(fake.navigate('will-navigate', 'https://evil.example/')).toBe(true);
  });

  test('opens no windows: window.open is denied, a web link goes to the system browser instead', () => {
    const opened: string[] = [];
    const fake = fakeContents();
    guardContents(fake.contents, pages, (url) => opened.push(url));
    expect(fake.open('https://mydramalist.com/')).toEqual({ action: 'deny' });
    expect(fake.open('about:blank')).toEqual({ action: 'deny' });
    expect(fake.open('app://dramalog/index.html')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://mydramalist.com/']);
  });

  test('frames load nothing but the app, and webviews are never attached', () => {
    const fake = fakeContents();
    guardContents(fake.contents, pages, () => {});
    expect(fake.navigate('will-frame-navigate', 'https://evil.example/', { isMainFrame: false })).toBe(true);
    expect(fake.navigate('will-frame-navigate', 'app://dramalog/index.html', { isMainFrame: false })).toBe(false);
    expect(fake.navigate('will-attach-webview', 'app://dramalog/index.html')).toBe(true);
  });
});

test('every web permission is refused, whether asked for or only checked', () => {
  const granted: boolean[] = [];
  let check: ((...args: unknown[]) => boolean) | null = null;
  denyPermissions({
    setPermissionRequestHandler: (handler: never) => {
      for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
        (handler as (c: unknown, p: string, cb: (ok: boolean) => void) => void)({}, permission, (ok) => granted.push(ok));
      }
    },
    setPermissionCheckHandler: (handler: never) => {
      check = handler;
    },
  } as never);
  expect(granted).toEqual([false, false, false, false, false]);
  for (const permission of ['media', 'notifications', 'clipboard-sanitized-write', 'fullscreen']) {
    expect(check!({}, permission, 'app://dramalog', {})).toBe(false);
  }
});
