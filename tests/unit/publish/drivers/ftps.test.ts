/**
 * The FTPS driver against a real vsftpd over explicit TLS (tests/support/servers/ftps-server.ts),
 * checked by what lands on the server's disk.
 */
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { JournalError } from '../../../../src-main/core/common/errors';
import { parseTargetUrl } from '../../../../src-main/core/common/publish-address';
import type { PublishConnection } from '../../../../src-main/core/publish/connection';
import { connectFtps, type FtpsAddress } from '../../../../src-main/core/publish/drivers/ftps';
import { ftpsServerUnavailable, startFtpsServer, type FtpsServer } from '../../../support/servers/ftps-server';

const unavailable = ftpsServerUnavailable();

describe.skipIf(unavailable)(`publishing over FTPS to a real server${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let server: FtpsServer;
  let local: string;
  const open: PublishConnection[] = [];

  beforeAll(async () => {
    server = await startFtpsServer();
    local = mkdtempSync(join(tmpdir(), 'dramalog-ftps-source-'));
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(local, { recursive: true, force: true });
  });
  beforeEach(() => rmSync(server.siteDir, { recursive: true, force: true }));
  afterEach(async () => {
    while (open.length) await open.pop()!.close();
  });

  /** A file on this computer to upload. */
  function source(name: string, content: string | Buffer): string {
    const file = join(local, name);
    writeFileSync(file, content);
    return file;
  }

  async function connect(options: { url?: string; secret?: string; hostKey?: string | null; signal?: AbortSignal } = {}) {
    const connected = await connectFtps({
      address: parseTargetUrl(options.url ?? server.url) as FtpsAddress,
      secret: options.secret ?? server.secret,
      keyFile: null,
      hostKey: options.hostKey ?? null,
      workDir: local,
      signal: options.signal ?? new AbortController().signal,
    });
    open.push(connected.connection);
    return connected;
  }

  async function failure(promise: Promise<unknown>): Promise<JournalError> {
    const error = await promise.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(JournalError);
    return error as JournalError;
  }

  /** How many times the server has been sent a user name (vsftpd logs every command). */
  const logins = () => server.log().split('\n').filter((line) => line.includes('FTP command') && line.includes('"USER ')).length;

  test('puts files with the right bytes in folders it makes, lists them, and leaves no part file or anything outside the site folder', async () => {
    const homeBefore = readdirSync(server.home).sort();
    const { connection, hostKey } = await connect();
    expect(connection.liveEachFile).toBe(true);
    expect(connection.parallel).toBe(1);
    // A self-signed certificate: its SHA-256, to pin.
    expect(hostKey).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

    const picture = Buffer.from(Array.from({ length: 70_000 }, (_, index) => index % 256));
    await connection.put('index.html', source('index.html', '<h1>My dramas</h1>'));
    await connection.put('reviews/2024/my mister.html', source('review.html', '<p>나의 아저씨</p>'));
    await connection.put('pictures/cover.bin', source('cover.bin', picture));

    expect(await server.files()).toEqual(
      new Map([
        ['index.html', '<h1>My dramas</h1>'],
        ['reviews/2024/my mister.html', '<p>나의 아저씨</p>'],
        ['pictures/cover.bin', picture.toString('utf8')],
      ]),
    );
    expect(readFileSync(join(server.siteDir, 'pictures', 'cover.bin')).equals(picture)).toBe(true);
    expect(await connection.list('')).toEqual(new Set(['index.html', 'reviews', 'pictures']));
    expect(await connection.list('reviews/2024')).toEqual(new Set(['my mister.html']));
    expect(await connection.list('not-yet')).toEqual(new Set());
    // Only the site's own folder is new in the user's home.
    expect(readdirSync(server.home).sort()).toEqual([...homeBefore, server.siteDir.split('/').pop()].sort());
  });

  test('an absolute path reaches the same folder as one under the login folder', async () => {
    const { connection } = await connect({ url: server.url.replace('/~/', `${server.home}/`) });
    await connection.put('about.html', source('about.html', 'about'));
    expect(await server.files()).toEqual(new Map([['about.html', 'about']]));
  });

  test('a put replaces the file already there; remove and discardPart clear files, and what is already gone is no error', async () => {
    await server.putForeign('index.html', 'old page');
    await server.putForeign('reviews/.a.html.dramalog-part', 'half a page');
    await server.putForeign('reviews/b.html', 'b');
    const { connection } = await connect();
    const oldFile = statSync(join(server.siteDir, 'index.html')).ino;

    await connection.put('index.html', source('new.html', 'new page'));
    // A new file renamed over the old one (never the old one rewritten in place, which a reader could catch half-done).
    expect(statSync(join(server.siteDir, 'index.html')).ino).not.toBe(oldFile);
    await connection.discardPart('reviews/a.html');
    await connection.discardPart('reviews/never.html');
    await connection.remove('reviews/b.html');
    await connection.remove('reviews/b.html');
    await connection.remove('gone/never.html');

    expect(await server.files()).toEqual(new Map([['index.html', 'new page']]));
    expect(await connection.list('reviews')).toEqual(new Set());
  });

  test('a path that climbs out of the site folder is refused, and nothing is written beside it', async () => {
    const homeBefore = readdirSync(server.home).sort();
    const { connection } = await connect();
    const error = await failure(connection.put('../escaped.html', source('escaped.html', 'out')));
    expect(error.message).toContain('../escaped.html');
    expect(readdirSync(server.home).sort()).toEqual([...homeBefore, server.siteDir.split('/').pop()].sort());
  });

  test('a folder the user may not write is refused as forbidden, naming the path', async () => {
    await server.putForeign('locked/kept.html', 'kept');
    const locked = join(server.siteDir, 'locked');
    chownSync(locked, 0, 0);
    const { connection } = await connect();

    const put = await failure(connection.put('locked/new.html', source('new.html', 'new')));
    expect(put.code).toBe('forbidden');
    expect(put.message).toContain('locked/new.html');
    const remove = await failure(connection.remove('locked/kept.html'));
    expect(remove.code).toBe('forbidden');
    expect(remove.message).toContain('locked/kept.html');
    expect(await server.files()).toEqual(new Map([['locked/kept.html', 'kept']]));
  });

  test('a wrong password is refused as auth-failed, and nothing is written', async () => {
    const error = await failure(connect({ secret: 'not the password' }));
    expect(error.code).toBe('auth-failed');
    expect(error.message).toContain(`127.0.0.1:${server.port}`);
    expect(readdirSync(server.home)).not.toContain(server.siteDir.split('/').pop());
  });

  test('a port nothing answers on, or a server name that does not exist, is unreachable', async () => {
    const refused = await failure(connect({ url: server.unreachableUrl }));
    expect(refused.code).toBe('unreachable');
    expect(refused.message).toContain('127.0.0.1');
    const unknown = await failure(connect({ url: 'ftps://dlpublish@no-such-host.invalid/site' }));
    expect(unknown.code).toBe('unreachable');
    expect(unknown.message).toContain('no-such-host.invalid');
  });

  test('calls made at once run one after another on the one connection', async () => {
    const { connection } = await connect();
    const pages = ['a', 'b', 'c', 'd'];
    await Promise.all([...pages.map((name) => connection.put(`${name}.html`, source(`${name}.html`, name))), connection.list('')]);
    expect(await server.files()).toEqual(new Map(pages.map((name) => [`${name}.html`, name])));
  });

  test('a connection cut part-way is connection-lost; the files put before it are there', async () => {
    const proxy = await server.viaProxy();
    const { connection } = await connect({ url: proxy.url });
    await connection.put('index.html', source('index.html', 'home'));
    proxy.cut();
    const error = await failure(connection.put('about.html', source('about.html', 'about')));
    expect(error.code).toBe('connection-lost');
    expect(error.message).toContain('about.html');
    expect(await server.files()).toEqual(new Map([['index.html', 'home']]));
  });

  test('stopping cancels the upload under way and anything after it', async () => {
    const controller = new AbortController();
    const { connection } = await connect({ signal: controller.signal });
    const upload = connection.put('big.bin', source('big.bin', Buffer.alloc(32 * 1024 * 1024, 7)));
    controller.abort();
    expect((await failure(upload)).code).toBe('cancelled');
    expect((await failure(connection.list(''))).code).toBe('cancelled');
    expect((await server.files()).has('big.bin')).toBe(false);
  });

  test('stopping before connecting sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const before = logins();
    expect((await failure(connect({ signal: controller.signal }))).code).toBe('cancelled');
    expect(logins()).toBe(before);
  });

  // Last: it gives the server a new certificate, which the other tests do not pin.
  test('a changed certificate is refused as host-key-changed before the password is sent; a pinned one that matches is accepted', async () => {
    const first = await connect();
    const again = await connect({ hostKey: first.hostKey });
    expect(again.hostKey).toBe(first.hostKey);

    await server.changeIdentity();
    const before = logins();
    const error = await failure(connect({ hostKey: first.hostKey }));
    expect(error.code).toBe('host-key-changed');
    expect(error.message).toContain(`127.0.0.1:${server.port}`);
    expect(error.message).toContain(first.hostKey!);
    expect(logins()).toBe(before);

    // Nothing pinned (a new target): the new certificate is accepted and answered, to pin.
    const fresh = await connect();
    expect(fresh.hostKey).not.toBe(first.hostKey);
    expect(error.message).toContain(fresh.hostKey!);
  });
});
