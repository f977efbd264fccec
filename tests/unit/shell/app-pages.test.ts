import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { APP_PAGE_URL, appFileFor, isAppPageUrl, isExternalWebUrl } from '../../../src-main/shell/app-pages';
import { describeSender, refuseUntrustedSender } from '../../../src-main/shell/sender-check';
import { tempDir } from '../../support/temp-journal';

const rendererDir = resolve('/opt/Dramalog/resources/app.asar/out/renderer');
const built = { rendererDir };
const dev = { rendererDir, devServerUrl: 'http://localhost:5173' };
const indexUrl = APP_PAGE_URL;

describe("the app's own page", () => {
  test('is app://dramalog/index.html, whatever route is in the hash', () => {
    expect(indexUrl).toBe('app://dramalog/index.html');
    expect(isAppPageUrl(indexUrl, built)).toBe(true);
    expect(isAppPageUrl(`${indexUrl}#/drama/3`, built)).toBe(true);
    expect(isAppPageUrl(`${indexUrl}?x=1#/settings`, built)).toBe(true);
  });

  test('is not a local file, another app:// page or host, or a look-alike path', () => {
    expect(isAppPageUrl('file:///etc/passwd', built)).toBe(false);
    expect(isAppPageUrl(`file://${rendererDir}/index.html`, built)).toBe(false);
    expect(isAppPageUrl('app://dramalog/evil.html', built)).toBe(false);
    expect(isAppPageUrl('app://other/index.html', built)).toBe(false);
    expect(isAppPageUrl('app://dramalog/index.html%2F..%2Fx.html', built)).toBe(false);
    expect(isAppPageUrl('apps://dramalog/index.html', built)).toBe(false);
  });

  test('is the dev server only when running from it, and only its exact origin', () => {
    expect(isAppPageUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5173/#/library', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5173/', built)).toBe(false);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppPageUrl('https://example.com/', dev)).toBe(false);
  });

  test('is never about:blank, data:, devtools: or garbage', () => {
    for (const url of ['about:blank', 'data:text/html,<p>hi</p>', 'devtools://devtools/bundled/inspector.html', 'not a url', '']) {
      expect(isAppPageUrl(url, dev)).toBe(false);
    }
  });
});

describe('app:// serves the built renderer folder and nothing else', () => {
  test('a page, a script, a picture and the root map onto files in the folder', () => {
    expect(appFileFor('app://dramalog/index.html', rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(appFileFor('app://dramalog/', rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(appFileFor('app://dramalog/assets/index-abc.js?v=1#x', rendererDir)).toBe(join(rendererDir, 'assets', 'index-abc.js'));
    expect(appFileFor('app://dramalog/assets/my%20font.woff2', rendererDir)).toBe(join(rendererDir, 'assets', 'my font.woff2'));
  });

  test('a path that climbs out of the folder, however it is spelt, is refused', () => {
    const refused = [
      'app://dramalog/../../etc/passwd',
      'app://dramalog/assets/../../../etc/passwd',
      'app://dramalog/%2e%2e/%2e%2e/etc/passwd',
      'app://dramalog/..%2F..%2Fetc%2Fpasswd',
      'app://dramalog/..%5C..%5Cwindows%5Cwin.ini',
      'app://dramalog/assets%2F..%2F..%2Fsecret',
      'app://dramalog/index.html%00.png',
      'app://dramalog/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'not a url',
    ];
    for (const url of refused) {
      const file = appFileFor(url, rendererDir);
      if (file !== null) expect(file.startsWith(rendererDir + '/') || file.startsWith(rendererDir + '\\'), `${url} -> ${file}`).toBe(true);
    }
    for (const url of refused.slice(3)) expect(appFileFor(url, rendererDir), url).toBeNull();
  });

  test('a real folder: what the app asks for is inside it, a sibling folder with a look-alike name is not', () => {
    const t = tempDir('dramalog-app-protocol-');
    try {
      const dir = join(t.dir, 'renderer');
      mkdirSync(join(dir, 'assets'), { recursive: true });
      mkdirSync(join(t.dir, 'renderer-secrets'));
      writeFileSync(join(t.dir, 'renderer-secrets', 'key.txt'), 'secret');
      expect(appFileFor('app://dramalog/assets/a.js', dir)).toBe(join(dir, 'assets', 'a.js'));
      expect(appFileFor('app://dramalog/../renderer-secrets/key.txt', dir)).toBe(join(dir, 'renderer-secrets', 'key.txt'));
      expect(appFileFor('app://dramalog/..%2Frenderer-secrets%2Fkey.txt', dir)).toBeNull();
    } finally {
      t.cleanup();
    }
  });
});

test('only http and https links are handed to the system browser', () => {
  expect(isExternalWebUrl('https://www.viki.com/tv/123')).toBe(true);
  expect(isExternalWebUrl('http://example.com')).toBe(true);
  for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://share/x', 'ms-settings:', 'mailto:a@b.c', 'nonsense']) {
    expect(isExternalWebUrl(url), url).toBe(false);
  }
});

describe('IPC senders', () => {
  const trusted = { fromMainWindow: true, topFrame: true, url: `${indexUrl}#/library` };

  test("the main window's top frame on the app's page is answered", () => {
    expect(refuseUntrustedSender(trusted, built)).toBeNull();
  });

  test('anything else is refused as forbidden, saying where the request came from', () => {
    const refusals = [
      { ...trusted, fromMainWindow: false },
      { ...trusted, topFrame: false },
      { ...trusted, url: null },
      { ...trusted, url: 'https://evil.example/' },
      { ...trusted, url: 'http://localhost:5173/' }, // the dev server, in a built app
    ];
    for (const facts of refusals) {
      expect(refuseUntrustedSender(facts, built), JSON.stringify(facts)).toEqual({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining("only Dramalog's own window may use the journal") },
      });
    }
    expect(refuseUntrustedSender({ ...trusted, url: 'https://evil.example/' }, built)).toMatchObject({
      error: { message: expect.stringContaining('refused a request from https://evil.example/') },
    });
  });

  test("an event is described by its frame: the main window's top frame, an iframe in it, another window, a frame already gone", () => {
    const mainContents = { id: 1 } as never;
    const top = { parent: null, url: `${indexUrl}#/library` };
    const event = (sender: unknown, frame: () => unknown) =>
      ({ sender, get senderFrame() { return frame(); } }) as unknown as Parameters<typeof describeSender>[0];

    expect(describeSender(event(mainContents, () => top), mainContents)).toEqual(trusted);
    expect(refuseUntrustedSender(describeSender(event(mainContents, () => top), mainContents), built)).toBeNull();
    expect(describeSender(event(mainContents, () => ({ parent: top, url: top.url })), mainContents)).toEqual({ ...trusted, topFrame: false });
    expect(describeSender(event({ id: 2 }, () => top), mainContents)).toEqual({ ...trusted, fromMainWindow: false });
    expect(describeSender(event(mainContents, () => top), null)).toEqual({ ...trusted, fromMainWindow: false });
    expect(describeSender(event(mainContents, () => null), mainContents)).toEqual({ fromMainWindow: true, topFrame: false, url: null });
    const gone = () => {
      throw new Error('Render frame was disposed before WebFrameMain could be accessed');
    };
    expect(describeSender(event(mainContents, gone), mainContents)).toEqual({ fromMainWindow: true, topFrame: false, url: null });
  });
});
