import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  policyForDocument,
} from '../../../src-main/shell/content-security-policy';

const rendererDir = resolve('/app/out/renderer');
const root = resolve(import.meta.dirname, '../../..');

test('the renderer runs only its own scripts and style sheets, embeds nothing, posts nowhere', () => {
  expect(CONTENT_SECURITY_POLICY).toBe(
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
      "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  );
  // frame-ancestors means nothing in a <meta> tag (browsers warn about it there).
  expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
});

test('no inline style sheets or style attributes in the renderer, which the policy would block', () => {
  const html = readFileSync(join(root, 'src-renderer', 'index.html'), 'utf8');
  expect(html).not.toMatch(/<style|\sstyle=/i);
});

test("the dev server's pages may run React Refresh's inline preamble, Vite's injected styles and reach its websocket, nothing more", () => {
  const policy = devContentSecurityPolicy('http://localhost:5173');
  expect(policy).toContain("script-src 'self' 'unsafe-inline'");
  expect(policy).toContain("style-src 'self' 'unsafe-inline'");
  expect(policy).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-eval');
});

test('every document gets the strict policy except pages of the dev server while developing', () => {
  const dev = { rendererDir, devServerUrl: 'http://localhost:5173' };
  expect(policyForDocument('app://dramalog/index.html', { rendererDir })).toBe(CONTENT_SECURITY_POLICY);
  expect(policyForDocument('app://dramalog/index.html', dev)).toBe(CONTENT_SECURITY_POLICY);
  expect(policyForDocument('https://example.com/', dev)).toBe(CONTENT_SECURITY_POLICY);
  expect(policyForDocument('file:///etc/hostname', dev)).toBe(CONTENT_SECURITY_POLICY);
  expect(policyForDocument('http://localhost:5173/', dev)).toBe(devContentSecurityPolicy('http://localhost:5173'));
  expect(policyForDocument('http://localhost:5173/', { rendererDir })).toBe(CONTENT_SECURITY_POLICY);
});

test("DevTools and Chromium's own pages keep their headers: the app's policy would break them", () => {
  const dev = { rendererDir, devServerUrl: 'http://localhost:5173' };
  for (const url of ['devtools://devtools/bundled/devtools_app.html', 'chrome://gpu', 'chrome-extension://abc/page.html']) {
    expect(policyForDocument(url, dev), url).toBeNull();
  }
});
