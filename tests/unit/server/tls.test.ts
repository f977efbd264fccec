import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { hashPassword } from '../../../src-main/server/password';
import { startServer } from '../../../src-main/server/start-server';
import { openTempJournal } from '../../support/temp-journal';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A journal and a served folder holding an index.html, both removed after the test. */
function served() {
  const temp = openTempJournal();
  cleanups.push(temp.cleanup);
  writeFileSync(join(temp.dir, 'index.html'), '<!DOCTYPE html><title>Dramalog</title>');
  return temp;
}

test.skipIf(!hasOpenssl)('with --tls-cert/--tls-key the server speaks HTTPS, its cookie is Secure, and it does not warn about plain HTTP', async () => {
  const temp = served();
  const cert = join(temp.dir, 'cert.pem');
  const key = join(temp.dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  const server = await startServer({
    journal: temp.journal,
    rendererDir: temp.dir,
    host: '0.0.0.0',
    passwordHash: await hashPassword('correct horse battery'),
    tls: { certFile: cert, keyFile: key },
    secret: 'the-key',
  });
  cleanups.push(() => server.close());
  expect(server.origin).toMatch(/^https:\/\//);
  expect(server.warnings).toEqual([]);
  const response = await new Promise<{ status: number; cookie: string }>((resolve, reject) => {
    const req = request(`${server.origin}/?key=the-key`, { rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, cookie: String(res.headers['set-cookie']) });
    });
    req.on('error', reject);
    req.end();
  });
  expect(response.status).toBe(303);
  expect(response.cookie).toMatch(/; Secure/);
});

test('beyond loopback over plain HTTP, the server warns that the network can read it', async () => {
  const temp = served();
  const server = await startServer({ journal: temp.journal, rendererDir: temp.dir, host: '0.0.0.0', passwordHash: await hashPassword('correct horse battery') });
  cleanups.push(() => server.close());
  expect(server.warnings.join(' ')).toMatch(/plain HTTP.*--tls-cert/);
});
