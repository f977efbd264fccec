import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { parseTargetUrl } from '../../../../src-main/core/common/publish-address';
import type { PublishAddress } from '../../../../src-main/core/common/model';
import type { PublishConnection } from '../../../../src-main/core/publish/connection';
import { connectGit } from '../../../../src-main/core/publish/drivers/git';
import { GIT_SERVER_PROGRAMS, startFileGitServer, startHttpGitServer, startSshGitServer, TEST_HTTP_USER, type GitServerFixture } from '../../../support/servers/git-server';
import { serversUnavailable } from '../../../support/servers/test-user';

type GitAddress = Extract<PublishAddress, { kind: 'git' }>;
const unavailable = serversUnavailable(GIT_SERVER_PROGRAMS);
const scratch = mkdtempSync(join(tmpdir(), 'dl-git-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A publish target as the publisher holds it: its address, key, pinned host key and work folder. */
function target(url: string, keyFile: string | null, secret: string | null = null) {
  const workDir = mkdtempSync(join(scratch, 'work folder %h-'));
  const state = { url, keyFile, hostKey: null as string | null, workDir };
  const connect = async (signal = new AbortController().signal) => {
    const connected = await connectGit({ address: parseTargetUrl(state.url) as GitAddress, secret, keyFile: state.keyFile, hostKey: state.hostKey, workDir, signal });
    state.hostKey ??= connected.hostKey;
    return connected.connection;
  };
  return Object.assign(state, { connect });
}

/** Puts `files` (path → content; null removes) through a connection, as the publisher would. */
async function change(connection: PublishConnection, files: Record<string, string | null>) {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) {
      await connection.remove(path);
    } else {
      const source = join(mkdtempSync(join(scratch, 'src-')), 'file');
      writeFileSync(source, content);
      await connection.put(path, source);
    }
  }
}

async function publish(site: ReturnType<typeof target>, files: Record<string, string | null>, message = 'Publish the journal') {
  const connection = await site.connect();
  await change(connection, files);
  await connection.finish(message);
  await connection.close();
}

const fixtures: Array<[string, () => Promise<GitServerFixture>]> = [
  ['a bare repository over file://', startFileGitServer],
  ['a bare repository over ssh', startSshGitServer],
];

describe.skipIf(unavailable).each(fixtures)('publishing to %s', (_name, start) => {
  let server: GitServerFixture;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server?.stop());
  const site = () => target(server.url, server.keyFile);

  test('the first publish makes the branch with the files; the next changes and removes only what Dramalog published', async () => {
    const journal = site();
    await publish(journal, { 'index.html': '<h1>Journal</h1>', 'reviews/a.html': 'A', 'reviews/b.html': 'B' });
    expect(await server.files()).toEqual(new Map([['index.html', '<h1>Journal</h1>'], ['reviews/a.html', 'A'], ['reviews/b.html', 'B']]));

    await server.putForeign('CNAME', 'dramas.example.com\n');
    await publish(journal, { 'reviews/a.html': 'A, rewritten', 'reviews/b.html': null });
    expect(await server.files()).toEqual(new Map([['CNAME', 'dramas.example.com\n'], ['index.html', '<h1>Journal</h1>'], ['reviews/a.html', 'A, rewritten']]));

    const connection = await journal.connect();
    expect(await connection.list('')).toEqual(new Set(['CNAME', 'index.html', 'reviews']));
    expect(await connection.list('reviews')).toEqual(new Set(['a.html']));
    expect(await connection.list('covers')).toEqual(new Set());
  });

  test('a publish that changes nothing makes no commit', async () => {
    const journal = site();
    await publish(journal, { 'index.html': '<h1>Journal</h1>', 'reviews/a.html': 'A, rewritten' });
    const before = await server.commits();
    await publish(journal, { 'index.html': '<h1>Journal</h1>', 'reviews/gone.html': null });
    expect(await server.commits()).toEqual(before);
  });

  test('when someone pushes to the branch during a publish, the publish still lands on top of theirs', async () => {
    const journal = site();
    const connection = await journal.connect();
    await change(connection, { 'reviews/c.html': 'C' });
    await server.putForeign('.nojekyll', '');
    await connection.finish('Publish the journal');
    const files = await server.files();
    expect(files.get('reviews/c.html')).toBe('C');
    expect(files.get('.nojekyll')).toBe('');
    expect(files.get('CNAME')).toBe('dramas.example.com\n');
  });

  test('when someone changes the same file during a publish, it is refused as a conflict and theirs stays', async () => {
    const journal = site();
    const connection = await journal.connect();
    await change(connection, { 'reviews/c.html': 'C, ours', 'reviews/d.html': 'D' });
    await server.putForeign('reviews/c.html', 'C, theirs');
    const before = await server.files();
    await expect(connection.finish('Publish the journal')).rejects.toMatchObject({ code: 'conflict' });
    expect(await server.files()).toEqual(before);
  });

  test('what an interrupted publish left in the work folder is not published, and a damaged work folder is made again', async () => {
    const journal = site();
    const interrupted = await journal.connect();
    await change(interrupted, { 'stray.html': 'half a publish', 'index.html': 'half' });
    await interrupted.close();
    await publish(journal, { 'reviews/e.html': 'E' });
    let files = await server.files();
    expect(files.has('stray.html')).toBe(false);
    expect(files.get('index.html')).toBe('<h1>Journal</h1>');
    expect(files.get('reviews/e.html')).toBe('E');

    writeFileSync(join(journal.workDir, 'clone', '.git', 'HEAD'), 'not a ref\n');
    await publish(journal, { 'reviews/f.html': 'F' });
    files = await server.files();
    expect(files.get('reviews/f.html')).toBe('F');
    expect(files.get('reviews/e.html')).toBe('E');
  });

  test('stopping a publish refuses it as cancelled and pushes nothing', async () => {
    const journal = site();
    const controller = new AbortController();
    const connection = await journal.connect(controller.signal);
    await change(connection, { 'reviews/g.html': 'G' });
    const before = await server.files();
    controller.abort();
    await expect(connection.finish('Publish the journal')).rejects.toMatchObject({ code: 'cancelled' });
    expect(await server.files()).toEqual(before);
  });

  test('a path into git’s own folder or out of the site is refused', async () => {
    const connection = await site().connect();
    await expect(change(connection, { '.git/config': 'x' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(change(connection, { 'reviews/../../x': 'x' })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe.skipIf(unavailable)('publishing to git over ssh', () => {
  let server: Awaited<ReturnType<typeof startSshGitServer>>;
  beforeAll(async () => {
    server = await startSshGitServer();
  });
  afterAll(() => server?.stop());

  test('the first publish pins the server’s host key; after the key changes, publishing is refused before anything is pushed', async () => {
    const journal = target(server.url, server.keyFile);
    await publish(journal, { 'index.html': 'one' });
    expect(journal.hostKey).toMatch(/^\[127\.0\.0\.1\]:\d+ ssh-ed25519 AAAA/);
    await publish(journal, { 'index.html': 'two' });
    expect((await server.files()).get('index.html')).toBe('two');

    await server.changeIdentity();
    // The message names the key the server now shows, as ssh's own fingerprint, for the user to compare with their host's.
    await expect(publish(journal, { 'index.html': 'three' })).rejects.toMatchObject({
      code: 'host-key-changed',
      message: expect.stringMatching(/^The server at 127\.0\.0\.1:\d+ \(branch pages\) is not the one Dramalog published to before: its SSH host key is now SHA256:[A-Za-z0-9+/]+\./),
    });
    expect((await server.files()).get('index.html')).toBe('two');
  });

  test('a key the server does not know is refused as a failed login', async () => {
    const journal = target(server.url, server.wrongKeyFile);
    await expect(publish(journal, { 'index.html': 'stranger' })).rejects.toMatchObject({ code: 'auth-failed', message: expect.stringContaining('refused the login') });
  });

  test('a repository that is not there, a server that is not there, and a repository this login may not write are each said so', async () => {
    await expect(publish(target(server.url.replace('/site.git', '/elsewhere.git'), server.keyFile), { 'index.html': 'x' })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('There is no git repository at 127.0.0.1'),
    });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(publish(target(`git+ssh://dlpublish@127.0.0.1:${port}/site.git#pages`, server.keyFile), { 'index.html': 'x' })).rejects.toMatchObject({
      code: 'unreachable',
      message: expect.stringContaining(`could not reach 127.0.0.1:${port}`),
    });
    await expect(publish(target(server.readOnlyUrl, server.keyFile), { 'index.html': 'x' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  test('a key locked with a passphrase opens with the passphrase given as the secret, and not without it', async () => {
    const { file, passphrase } = server.lockedKey;
    await publish(target(server.url, file, passphrase), { 'locked.html': 'opened' });
    expect((await server.files()).get('locked.html')).toBe('opened');
    await expect(publish(target(server.url, file, 'not the passphrase'), { 'locked.html': 'x' })).rejects.toMatchObject({ code: 'auth-failed' });
    await expect(publish(target(server.url, file), { 'locked.html': 'x' })).rejects.toMatchObject({ code: 'auth-failed' });
  });

  test('a connection cut before the push lands is refused as lost, and the branch stays as it was until the next publish', async () => {
    const proxy = await server.viaProxy();
    const journal = target(proxy.url, server.keyFile);
    await publish(journal, { 'index.html': 'before the cut' });
    const connection = await journal.connect();
    await change(connection, { 'index.html': 'during the cut', 'reviews/h.html': 'H' });
    proxy.cut();
    await expect(connection.finish('Publish the journal')).rejects.toMatchObject({ code: 'connection-lost' });
    expect((await server.files()).get('index.html')).toBe('before the cut');
    expect((await server.files()).has('reviews/h.html')).toBe(false);

    proxy.restore();
    await publish(journal, { 'index.html': 'after the cut' });
    expect((await server.files()).get('index.html')).toBe('after the cut');
    expect((await server.files()).has('reviews/h.html')).toBe(false);
  });

  test('stopping while git waits for the server ends git and refuses as cancelled', async () => {
    // A server that takes the connection and never answers: git waits until it is stopped.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const connected = new Promise<void>((resolve) => silent.once('connection', () => resolve()));
    const { port } = silent.address() as { port: number };
    const journal = target(`git+ssh://dlpublish@127.0.0.1:${port}/site.git#pages`, server.keyFile);
    const controller = new AbortController();
    const connecting = journal.connect(controller.signal);
    await connected;
    controller.abort();
    await expect(connecting).rejects.toMatchObject({ code: 'cancelled' });
    silent.close();
  });
});

test.skipIf(unavailable)('without git installed, publishing to a git remote says git is needed', async () => {
  vi.stubEnv('PATH', join(scratch, 'no-programs-here'));
  try {
    await expect(target(`git+file://${scratch}/none.git#pages`, null).connect()).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('needs git installed') });
  } finally {
    vi.unstubAllEnvs();
  }
});

describe.skipIf(unavailable)('publishing to git over http with a password or token', () => {
  let server: GitServerFixture;
  beforeAll(async () => {
    server = await startHttpGitServer();
  });
  afterAll(() => server?.stop());

  test('the password logs in, and it is in no file of the work folder', async () => {
    const journal = target(server.url, null, server.secret);
    await publish(journal, { 'index.html': 'over http' });
    expect((await server.files()).get('index.html')).toBe('over http');
    const kept = readdirSync(journal.workDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    for (const entry of kept) expect(readFileSync(join(entry.parentPath, entry.name), 'utf8')).not.toContain(server.secret);
  });

  test('a wrong password, or no user name in the address, is refused as a failed login', async () => {
    await expect(publish(target(server.url, null, 'not the token'), { 'index.html': 'x' })).rejects.toMatchObject({ code: 'auth-failed' });
    const nameless = server.url.replace(`${TEST_HTTP_USER}@`, '');
    await expect(publish(target(nameless, null, server.secret), { 'index.html': 'x' })).rejects.toMatchObject({ code: 'auth-failed', message: expect.stringContaining('names you') });
  });
});
