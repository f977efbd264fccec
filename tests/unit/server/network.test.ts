import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOGIN_ATTEMPTS } from '../../../src-main/server/limits';
import { hashPassword, verifyPassword } from '../../../src-main/server/password';
import { startServer } from '../../../src-main/server/start-server';
import { openTempJournal } from '../../support/temp-journal';
import { workspace } from '../cli/harness';
import { call, raw, useServer } from './http-harness';

describe('listening beyond this machine', () => {
  test('dramalog serve --host 0.0.0.0 without a password refuses to start, saying why', async () => {
    const { cli } = workspace();
    const run = await cli('serve', '--host', '0.0.0.0', '--port', '0');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/password/);
    expect(run.stdout).not.toMatch(/Open http/);
  });

  test('nor does the server itself, whatever calls it', async () => {
    const temp = openTempJournal();
    try {
      await expect(startServer({ journal: temp.journal, rendererDir: temp.dir, host: '0.0.0.0' })).rejects.toThrow(/password/);
    } finally {
      temp.cleanup();
    }
  });

  test('a password is kept only as a scrypt hash, and only the right one matches', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain('correct');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batter', hash)).toBe(false);
  });
});

describe('a server with a password', async () => {
  const passwordHash = await hashPassword('correct horse battery');
  const served = useServer({ passwordHash });
  const login = (password: string) =>
    raw(served, 'POST', '/login', { 'content-type': 'application/x-www-form-urlencoded', origin: `http://${served.host}` }, `password=${encodeURIComponent(password)}`);

  test('the page asks for it, and the right one opens a session', async () => {
    expect((await raw(served, 'GET', '/')).headers.location).toBe('/login');
    const page = await raw(served, 'GET', '/login');
    expect(page.body).toContain('type="password"');
    const signedIn = await login('correct horse battery');
    expect(signedIn.status).toBe(303);
    const session = String(signedIn.headers['set-cookie']).split(';')[0]!;
    expect((await raw(served, 'POST', '/api/journal.info', { cookie: session })).status).toBe(200);
  });

  test(`after ${LOGIN_ATTEMPTS} wrong passwords the address must wait, even with the right one`, async () => {
    for (let i = 0; i < LOGIN_ATTEMPTS; i += 1) expect((await login('wrong')).status).toBe(401);
    const blocked = await login('correct horse battery');
    expect(blocked.status).toBe(429);
    expect(blocked.headers['set-cookie']).toBeUndefined();
  });
});

describe('two tabs on one journal', () => {
  const served = useServer({ watchMs: 50 });

  test('a change from one tab, or from another program, reaches the other tabs as an event', async () => {
    const events: string[] = [];
    const controller = new AbortController();
    const response = await fetch(`${served.server.origin}/api/events`, { headers: { authorization: 'Bearer the-key' }, signal: controller.signal });
    const reader = response.body!.getReader();
    void (async () => {
      const decoder = new TextDecoder();
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        for (const line of decoder.decode(value).split('\n')) if (line.startsWith('data: {"type"')) events.push(line.slice(6));
      }
    })();
    await expect.poll(() => served.server.events.size).toBe(1);
    await call(served, 'settings.update', { siteTitle: 'From tab A' }, { 'x-dramalog-tab': 'tab-a' });
    await call(served, 'dramas.list', {}, { 'x-dramalog-tab': 'tab-a' }); // reads change nothing
    served.journal.db.exec("UPDATE settings SET value = value WHERE 0"); // a no-op write: still no change
    await expect.poll(() => events).toEqual(['{"type":"journal-changed","tab":"tab-a"}']);

    // Another program (the CLI) writes through its own connection.
    const { openJournal } = await import('../../../src-main/core/journal');
    const other = openJournal(served.journal.path);
    other.settings.update({ siteTitle: 'From the CLI' });
    other.close();
    await expect.poll(() => events.length).toBe(2);
    expect(JSON.parse(events[1]!)).toEqual({ type: 'journal-changed', tab: null });
    controller.abort();
  });
});

test('the served folder must hold a built app', async () => {
  const temp = openTempJournal();
  try {
    mkdirSync(join(temp.dir, 'empty'));
    await expect(startServer({ journal: temp.journal, rendererDir: join(temp.dir, 'empty') })).rejects.toThrow(/npm run build/);
    writeFileSync(join(temp.dir, 'empty', 'index.html'), '<!DOCTYPE html>');
    const server = await startServer({ journal: temp.journal, rendererDir: join(temp.dir, 'empty') });
    await server.close();
  } finally {
    temp.cleanup();
  }
});
