import { describe, expect, test } from 'vitest';
import { sampleDrama } from '../../support/temp-journal';
import { bearer, call, raw, useServer } from './http-harness';

const served = useServer();

describe('the key', () => {
  test('an API call without it is refused with 401, and so is a wrong one', async () => {
    expect((await raw(served, 'POST', '/api/dramas.list', { 'content-type': 'application/json' }, '{}')).status).toBe(401);
    expect((await raw(served, 'POST', '/api/dramas.list', { authorization: 'Bearer not-the-key' }, '{}')).status).toBe(401);
    expect((await raw(served, 'POST', '/api/dramas.create', { cookie: 'dramalog_session=guess' }, JSON.stringify(sampleDrama))).status).toBe(401);
    expect(served.journal.dramas.list()).toEqual([]);
  });

  test('the page without it says to open the printed address, and shows nothing of the app', async () => {
    const page = await raw(served, 'GET', '/');
    expect(page.status).toBe(401);
    expect(page.body).toContain('dramalog serve');
    expect((await raw(served, 'GET', '/assets/app.js')).status).toBe(401);
    expect((await raw(served, 'GET', '/?key=wrong')).status).toBe(401);
  });

  test('?key= on the first page load becomes an HttpOnly SameSite=Strict cookie, and leaves the address', async () => {
    const first = await raw(served, 'GET', '/index.html?key=the-key');
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/index.html');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = cookie.split(';')[0]!;
    const page = await raw(served, 'GET', '/index.html', { cookie: session });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Dramalog</title>');
    expect((await raw(served, 'POST', '/api/journal.info', { cookie: session })).status).toBe(200);
  });

  test('a script may send the key as a bearer token', async () => {
    expect(await call(served, 'dramas.list', {})).toMatchObject({ status: 200, answer: { ok: true, value: [] } });
  });
});

describe('requests from elsewhere', () => {
  test('a Host that is not the server own (DNS rebinding) is refused, key or not', async () => {
    for (const host of ['evil.example', `evil.example:${served.server.port}`, `192.0.2.7:${served.server.port}`, '127.0.0.1:1']) {
      const page = await raw(served, 'GET', '/?key=the-key', { host });
      expect(page.status, host).toBe(403);
      expect((await raw(served, 'POST', '/api/dramas.list', { ...bearer, host }, '{}')).status, host).toBe(403);
    }
  });

  test('a call sent by another site open in the browser (Origin, Sec-Fetch-Site) is refused and changes nothing', async () => {
    const create = JSON.stringify(sampleDrama);
    expect((await raw(served, 'POST', '/api/dramas.create', { ...bearer, origin: 'https://evil.example' }, create)).status).toBe(403);
    expect((await raw(served, 'POST', '/api/dramas.create', { ...bearer, origin: 'null' }, create)).status).toBe(403);
    expect((await raw(served, 'POST', '/api/dramas.create', { ...bearer, 'sec-fetch-site': 'cross-site' }, create)).status).toBe(403);
    expect(served.journal.dramas.list()).toEqual([]);
    const own = await raw(served, 'POST', '/api/dramas.list', { ...bearer, origin: `http://${served.host}` }, '{}');
    expect(own.status).toBe(200);
  });

  test('every answer carries the app strict Content-Security-Policy and refuses framing', async () => {
    for (const path of ['/', '/assets/app.js', '/nothing-here']) {
      const response = await raw(served, 'GET', path, bearer);
      expect(response.headers['content-security-policy'], path).toContain("script-src 'self'");
      expect(response.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
