import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseTargetUrl } from '../../../../src-main/core/common/publish-address';
import type { ConnectOptions, PublishConnection } from '../../../../src-main/core/publish/connection';
import { connectSftp, type SftpAddress } from '../../../../src-main/core/publish/drivers/sftp';
import { SSHD, startSftpServer, type SftpServer } from '../../../support/servers/sftp-server';
import { serversUnavailable } from '../../../support/servers/test-user';

const unavailable = serversUnavailable([SSHD]);

describe.skipIf(unavailable)('publishing over SFTP to a real sshd', () => {
  let server: SftpServer;
  /** Files on this computer to upload. */
  let local: string;
  const source = (name: string, content: string | Buffer) => {
    const file = join(local, name);
    writeFileSync(file, content);
    return file;
  };
  const options = (overrides: Partial<ConnectOptions<SftpAddress>> = {}, url = server.url): ConnectOptions<SftpAddress> => ({
    address: parseTargetUrl(url) as SftpAddress,
    secret: server.secret,
    keyFile: null,
    hostKey: null,
    workDir: local,
    signal: new AbortController().signal,
    ...overrides,
  });
  const open: PublishConnection[] = [];
  const connect = async (given: ConnectOptions<SftpAddress>) => {
    const connected = await connectSftp(given);
    open.push(connected.connection);
    return connected;
  };
  /** The code and message a failed call rejected with. */
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.unreachable('it should have failed'),
      (error: { code: string; message: string }) => ({ code: error.code, message: error.message }),
    );

  beforeAll(async () => {
    local = mkdtempSync(join(tmpdir(), 'dramalog-sftp-'));
    server = await startSftpServer();
  });
  afterAll(async () => {
    await Promise.all(open.map((connection) => connection.close()));
    await server?.stop();
    if (local) rmSync(local, { recursive: true, force: true });
  });

  test('logs in with the password, makes the site folder, and answers the host key sshd has', async () => {
    const { connection, hostKey } = await connect(options());
    expect(hostKey).toBe(server.hostKeyFingerprint());
    expect(connection.liveEachFile).toBe(true);
    expect(await connection.list('')).toEqual(new Set());
    expect(server.log()).toContain('Accepted password for dlpublish');
    await connection.close();
    await connection.close();
  });

  test('logs in with a key file and no password', async () => {
    const { connection } = await connect(options({ secret: null, keyFile: server.keyFile }));
    expect(await connection.list('')).toBeInstanceOf(Set);
    expect(server.log()).toContain('Accepted publickey for dlpublish');
    await connection.close();
  });

  test('a key locked with a passphrase opens with the secret, which is never sent as a password', async () => {
    const locked = join(local, 'locked_key');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'open sesame', '-C', 'locked', '-f', locked]);
    server.authorize(readFileSync(`${locked}.pub`, 'utf8'));
    const logBefore = server.log().length;
    const { connection } = await connect(options({ secret: 'open sesame', keyFile: locked }));
    await connection.close();
    const login = server.log().slice(logBefore);
    expect(login).toContain('Accepted publickey for dlpublish');
    expect(login).not.toContain('password');

    const wrong = await failure(connect(options({ secret: 'not it', keyFile: locked })));
    expect(wrong).toEqual({ code: 'auth-failed', message: `The passphrase given does not open the key file ${locked}.` });
    const none = await failure(connect(options({ secret: null, keyFile: locked })));
    expect(none.code).toBe('auth-failed');
    expect(none.message).toContain('give its passphrase');
    const missing = await failure(connect(options({ keyFile: join(local, 'no_such_key') })));
    expect(missing.code).toBe('not-found');
  });

  test('put writes the bytes at the path, making its folders, leaves no part file, and replaces an old file', async () => {
    const { connection } = await connect(options());
    await connection.put('reviews/2026/tears.html', source('a.html', '<p>눈물의 여왕</p>'));
    await connection.put('index.html', source('b.html', 'first'));
    await connection.put('index.html', source('c.html', 'second'));
    expect(await server.files()).toEqual(
      new Map([
        ['index.html', 'second'],
        ['reviews/2026/tears.html', '<p>눈물의 여왕</p>'],
      ]),
    );
    expect(await connection.list('')).toEqual(new Set(['index.html', 'reviews']));
    expect(await connection.list('reviews/2026')).toEqual(new Set(['tears.html']));
    expect(await connection.list('no/such/folder')).toEqual(new Set());
  });

  test('puts many files at once, as many as the connection allows, each whole', async () => {
    const { connection } = await connect(options());
    const big = Buffer.alloc(300_000, 'k');
    const paths = Array.from({ length: 32 }, (_, i) => `many/${i % 4}/page-${i}.html`);
    const files = paths.map((path, i) => source(`many-${i}.html`, Buffer.concat([Buffer.from(path), big])));
    for (let i = 0; i < paths.length; i += connection.parallel) {
      await Promise.all(paths.slice(i, i + connection.parallel).map((path, j) => connection.put(path, files[i + j])));
    }
    const onServer = await server.files();
    for (const [i, path] of paths.entries()) expect(onServer.get(path), path).toBe(readFileSync(files[i], 'utf8'));
  });

  test('remove deletes a file and a missing one is no error; discardPart removes a left part file', async () => {
    const { connection } = await connect(options());
    await server.putForeign('old.html', 'old');
    await server.putForeign('.half.html.dramalog-part', 'half');
    await connection.remove('old.html');
    await connection.remove('old.html');
    await connection.discardPart('half.html');
    await connection.discardPart('half.html');
    const names = [...(await server.files()).keys()];
    expect(names).not.toContain('old.html');
    expect(names).not.toContain('.half.html.dramalog-part');
  });

  test('never touches a file outside the site folder', async () => {
    const outside = join(server.home, 'sites', 'outside.html');
    writeFileSync(outside, 'not the site');
    const { connection } = await connect(options());
    for (const attempt of [
      connection.put('../outside.html', source('evil.html', 'overwritten')),
      connection.remove('../outside.html'),
      connection.discardPart('a/../../outside.html'),
      connection.list('..'),
    ]) {
      expect((await failure(attempt)).message).toMatch(/is not a path inside the site's folder/);
    }
    expect(readFileSync(outside, 'utf8')).toBe('not the site');
    rmSync(outside);
  });

  test('a path the user may not write is refused as forbidden, naming the path', async () => {
    const { connection } = await connect(options({}, server.url.replace(/\/~\/.*$/, '/etc')));
    const refused = await failure(connection.put('dramalog.html', source('x.html', 'x')));
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toContain('/etc/dramalog.html');
  });

  test('a wrong password is auth-failed, naming the server and user, and nothing is written', async () => {
    const siteBefore = await server.files();
    const refused = await failure(connect(options({ secret: 'not-the-password', address: parseTargetUrl(`${server.url}-wrong`) as SftpAddress })));
    expect(refused.code).toBe('auth-failed');
    // Where this computer has an SSH agent or keys in ~/.ssh, they are offered (and named) too.
    expect(refused.message).toMatch(new RegExp(`^The server at 127\\.0\\.0\\.1:${server.port} refused (.+ and )?the password for user dlpublish\\.$`));
    expect(server.log()).toContain('Failed password for dlpublish');
    expect(await server.files()).toEqual(siteBefore);
    expect(existsSync(`${server.siteDir}-wrong`)).toBe(false);
  });

  test('nothing listening is unreachable', async () => {
    const refused = await failure(connect(options({}, server.url.replace(`:${server.port}/`, ':1/'))));
    expect(refused.code).toBe('unreachable');
    expect(refused.message).toContain('127.0.0.1:1');
  });

  test('the connection cut part-way through an upload is connection-lost', async () => {
    const proxy = await server.viaProxy();
    const { connection } = await connect(options({}, proxy.url));
    const upload = connection.put('big.bin', source('big.bin', Buffer.alloc(20_000_000, 'x')));
    proxy.cut();
    expect((await failure(upload)).code).toBe('connection-lost');
    expect((await failure(connection.put('after.html', source('after.html', 'a')))).code).toBe('connection-lost');
    await connection.close();
  });

  test('stopping mid-upload is cancelled and closes the connection', async () => {
    const stop = new AbortController();
    const { connection } = await connect(options({ signal: stop.signal }));
    const upload = connection.put('stopped.bin', source('stopped.bin', Buffer.alloc(20_000_000, 's')));
    stop.abort();
    expect((await failure(upload)).code).toBe('cancelled');
    expect((await failure(connection.list(''))).code).toBe('cancelled');
    expect((await server.files()).has('stopped.bin')).toBe(false);
  });

  test('stopping while the server has not answered yet is cancelled at once', async () => {
    const stop = new AbortController();
    // A server that takes the connection and never says a word: the driver would wait for it until its timeout.
    const silent = createServer(() => stop.abort());
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const refused = await failure(connect(options({ signal: stop.signal }, server.url.replace(`:${server.port}/`, `:${port}/`))));
      expect(refused).toEqual({ code: 'cancelled', message: `Publishing to 127.0.0.1:${port} was stopped; the connection is closed.` });
    } finally {
      silent.close();
    }
    const stopped = new AbortController();
    stopped.abort();
    expect((await failure(connect(options({ signal: stopped.signal })))).code).toBe('cancelled');
  });

  test('a changed host key is refused before any login is tried, naming both identities', async () => {
    const { hostKey: pinned } = await connect(options());
    await server.changeIdentity();
    const logBefore = server.log().length;
    const refused = await failure(connect(options({ hostKey: pinned })));
    expect(refused.code).toBe('host-key-changed');
    expect(refused.message).toContain(`127.0.0.1:${server.port}`);
    expect(refused.message).toContain(pinned!);
    expect(refused.message).toContain(server.hostKeyFingerprint());
    expect(refused.message).toContain('Nothing was sent to it and nothing was uploaded');
    const attempt = server.log().slice(logBefore);
    expect(attempt).toContain('Connection from 127.0.0.1');
    // sshd names the user at every login attempt (Failed/Accepted password, publickey …): none was made.
    expect(attempt).not.toContain('dlpublish');
    // With the new identity pinned, it logs in again.
    const again = await connect(options({ hostKey: server.hostKeyFingerprint() }));
    expect(again.hostKey).toBe(server.hostKeyFingerprint());
  });
});
