import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { appProtocolHandler } from '../../../src-main/shell/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shell/content-security-policy';
import { tempDir } from '../../support/temp-journal';

let t: ReturnType<typeof tempDir>;
let rendererDir: string;
const fetched: string[] = [];
/** Stands in for Electron's net.fetch: reads the file the handler asked for. */
const fetchFile = async (fileUrl: string) => {
  fetched.push(fileUrl);
  return new Response(readFileSync(fileURLToPath(fileUrl)), { headers: { 'content-type': fileUrl.endsWith('.html') ? 'text/html' : 'text/javascript' } });
};

beforeEach(() => {
  t = tempDir('dramalog-app-scheme-');
  rendererDir = join(t.dir, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Dramalog</title>');
  writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(t.dir, 'out', 'secret.txt'), 'not for the page');
  fetched.length = 0;
});
afterEach(() => t.cleanup());

const get = (url: string) => appProtocolHandler({ rendererDir }, fetchFile)(new Request(url));

test("the app's page and its scripts are served with the strict policy and nosniff", async () => {
  const page = await get('app://dramalog/index.html');
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<title>Dramalog</title>');
  expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  const script = await get('app://dramalog/assets/index.js');
  expect(await script.text()).toBe('console.log(1)');
  expect(script.headers.get('content-type')).toBe('text/javascript');
});

test('a file outside out/renderer, a folder, a missing file or another host is a 404, and nothing is read', async () => {
  for (const url of [
    'app://dramalog/..%2Fsecret.txt',
    'app://dramalog/%2e%2e/secret.txt',
    'app://dramalog/assets',
    'app://dramalog/assets/',
    'app://dramalog/missing.js',
    'app://elsewhere/index.html',
  ]) {
    const response = await get(url);
    expect(response.status, url).toBe(404);
    expect(await response.text()).toBe('Not found');
  }
  expect(fetched).toEqual([]);
});
