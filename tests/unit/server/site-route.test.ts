import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { importReview } from '../../../src-main/core/house-format/import';
import { readReference } from '../../fixtures/fixtures';
import { bearer, call, OUTSIDE_TEXT, raw, useServer } from './http-harness';

const served = useServer();

describe('Open Site in a browser: the remembered site under /site/', () => {
  beforeAll(() => {
    importReview(served.journal, readReference());
  });

  test('before any export there is no site to serve', async () => {
    expect((await raw(served, 'GET', '/site/', bearer)).status).toBe(404);
    const opened = await call(served, 'site.open');
    expect(opened.answer).toMatchObject({ ok: false, error: { code: 'not-found', field: 'siteFolder' } });
  });

  test('after an export, site.open answers the address and the pages are served with their types and a script-free policy', async () => {
    const site = join(served.dir, 'published');
    const exported = await call(served, 'site.export', {}, { 'x-dramalog-folder': encodeURIComponent(site) });
    expect(exported.answer).toMatchObject({ ok: true, value: { outDir: site } });
    expect((await call(served, 'site.open')).answer).toEqual({ ok: true, value: { url: '/site/' } });
    expect((await call(served, 'site.showFolder')).answer, 'a browser shows the path instead').toEqual({ ok: true, value: { shown: false, folder: site } });

    const index = await raw(served, 'GET', '/site/', bearer);
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('Soundtrack #2');
    expect(String(index.headers['content-security-policy'])).toMatch(/^default-src 'none'; style-src 'self'; img-src 'self'/);
    const review = await raw(served, 'GET', '/site/reviews/soundtrack-2.html', bearer);
    expect(review.body).toContain('사운드트랙 #2');
    expect((await raw(served, 'GET', '/site/style.css', bearer)).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await raw(served, 'GET', '/site/feed.xml', bearer)).headers['content-type']).toBe('application/xml; charset=utf-8');
    const bare = await raw(served, 'GET', '/site', bearer);
    expect(bare.status).toBe(308);
    expect(bare.headers.location).toBe('/site/');
  });

  test('only with the session: no secret, no site', async () => {
    expect((await raw(served, 'GET', '/site/')).status).toBe(401);
    expect((await raw(served, 'GET', '/site/', { authorization: 'Bearer wrong' })).status).toBe(401);
  });

  test('no folder listings, no hidden files, nothing outside the site folder', async () => {
    const site = join(served.dir, 'published');
    writeFileSync(join(served.dir, 'outside.txt'), OUTSIDE_TEXT);
    mkdirSync(join(site, 'extra'), { recursive: true });
    symlinkSync(join(served.dir, 'outside.txt'), join(site, 'extra', 'linked.txt'));
    const attempts = [
      '/site/reviews/',
      '/site/reviews',
      '/site/.dramalog-export.json',
      '/site/../outside.txt',
      '/site/%2e%2e/outside.txt',
      '/site/reviews/%2e%2e%2f%2e%2e%2foutside.txt',
      '/site/..%5coutside.txt',
      '/site/%252e%252e/outside.txt',
      '/site/extra/linked.txt',
      '/site/%00/index.html',
      '/site//etc/passwd',
    ];
    for (const path of attempts) {
      const response = await raw(served, 'GET', path, bearer);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain(OUTSIDE_TEXT);
      expect(response.body, path).not.toContain('soundtrack-2.html');
    }
  });
});
