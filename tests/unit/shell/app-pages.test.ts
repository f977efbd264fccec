import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { isAppPageUrl, isExternalWebUrl } from '../../../src-main/shell/app-pages';
import { describeSender, refuseUntrustedSender } from '../../../src-main/shell/sender-check';

const rendererIndexFile = resolve('/opt/Dramalog/resources/app.asar/out/renderer/index.html');
const built = { rendererIndexFile };
const dev = { rendererIndexFile, devServerUrl: 'http://localhost:5173' };
const indexUrl = pathToFileURL(rendererIndexFile).href;

describe("the app's own page", () => {
  test('is the built index.html, whatever route is in the hash', () => {
    expect(isAppPageUrl(indexUrl, built)).toBe(true);
    expect(isAppPageUrl(`${indexUrl}#/drama/3`, built)).toBe(true);
    expect(isAppPageUrl(`${indexUrl}?x=1#/settings`, built)).toBe(true);
  });

  test('is not another local file, a file on a network share, or a look-alike path', () => {
    expect(isAppPageUrl(pathToFileURL(resolve('/etc/passwd')).href, built)).toBe(false);
    expect(isAppPageUrl(pathToFileURL(resolve(rendererIndexFile, '..', 'evil.html')).href, built)).toBe(false);
    expect(isAppPageUrl(indexUrl.replace('file:///', 'file://fileserver/'), built)).toBe(false);
    expect(isAppPageUrl(`${indexUrl}%2F..%2Fx.html`, built)).toBe(false);
  });

  test('is the dev server only when running from it, and only its exact origin', () => {
    expect(isAppPageUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5173/#/library', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5173/', built)).toBe(false);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppPageUrl('https://example.com/', dev)).toBe(false);
  });

  test('is never about:blank, data: or garbage', () => {
    for (const url of ['about:blank', 'data:text/html,<p>hi</p>', 'not a url', '']) expect(isAppPageUrl(url, dev)).toBe(false);
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
