import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy, policyForDocument } from '../../../src-main/shell/content-security-policy';

const rendererIndexFile = resolve('/app/out/renderer/index.html');

test('the renderer runs only its own scripts, embeds nothing, posts nowhere', () => {
  expect(CONTENT_SECURITY_POLICY).toBe(
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: file:; " +
      "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  );
});

test("the dev server's pages may run React Refresh's inline preamble and reach Vite's websocket, nothing more", () => {
  const policy = devContentSecurityPolicy('http://localhost:5173');
  expect(policy).toContain("script-src 'self' 'unsafe-inline'");
  expect(policy).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-eval');
});

test('every document gets the strict policy except pages of the dev server while developing', () => {
  const dev = { rendererIndexFile, devServerUrl: 'http://localhost:5173' };
  expect(policyForDocument(pathToFileURL(rendererIndexFile).href, { rendererIndexFile })).toBe(CONTENT_SECURITY_POLICY);
  expect(policyForDocument(pathToFileURL(rendererIndexFile).href, dev)).toBe(CONTENT_SECURITY_POLICY);
  expect(policyForDocument('https://example.com/', dev)).toBe(CONTENT_SECURITY_POLICY);
  expect(policyForDocument('http://localhost:5173/', dev)).toBe(devContentSecurityPolicy('http://localhost:5173'));
});
