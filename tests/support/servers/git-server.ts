/**
 * Git remotes the publish tests push to: a bare repository reached over file://, and the same
 * reached over ssh through an OpenSSH sshd of the test's own (127.0.0.1, a port of its own, a temp
 * host key, logging in as the test user with a key made for the test). The site is one branch.
 */
import { execFile, spawn } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { startCutProxy } from './cut-proxy';
import { freePort } from './processes';
import type { ServerFixture } from './server-fixture';
import { makeKey, SSHD, startSshd } from './sshd';
import { testUser } from './test-user';

const run = promisify(execFile);
export const GIT_BRANCH = 'pages';
/** What git-server needs on the machine (serversUnavailable). */
export const GIT_SERVER_PROGRAMS = [SSHD, '/usr/bin/git', '/usr/bin/ssh-keygen'];

export interface GitServerFixture extends ServerFixture {
  /** The bare repository on this machine. */
  repository: string;
  /** The commits on the branch, newest first (empty before the first push). */
  commits(): Promise<string[]>;
}

/** Who runs the fixture's own git commands: the repository's owner, so the files it writes stay theirs. */
interface Owner {
  uid: number;
  gid: number;
  home: string;
}

const rootOwner = (): Owner => ({ uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0, home: tmpdir() });

function gitAs(owner: Owner) {
  return async (args: string[], cwd?: string) => {
    const env = { ...process.env, HOME: owner.home, LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
    const { stdout } = await run('git', args, { cwd, env, uid: owner.uid, gid: owner.gid, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  };
}

async function bareRepository(folder: string, owner: Owner): Promise<string> {
  const repository = join(folder, 'site.git');
  await mkdir(repository);
  await chown(repository, owner.uid, owner.gid);
  await gitAs(owner)(['init', '--quiet', '--bare', '--initial-branch', 'main', repository]);
  return repository;
}

/** The parts both fixtures share: reading the branch, and committing to it as someone else. */
function repositoryReader(repository: string, owner: Owner, scratch: string) {
  const git = gitAs(owner);
  const hasBranch = async () => {
    try {
      await git(['rev-parse', '--verify', '--quiet', `refs/heads/${GIT_BRANCH}`], repository);
      return true;
    } catch {
      return false;
    }
  };
  return {
    async files() {
      const files = new Map<string, string>();
      if (!(await hasBranch())) return files;
      const names = (await git(['ls-tree', '-r', '-z', '--name-only', GIT_BRANCH], repository)).split('\0').filter(Boolean);
      for (const name of names) files.set(name, await git(['show', `${GIT_BRANCH}:${name}`], repository));
      return files;
    },
    async commits() {
      if (!(await hasBranch())) return [];
      return (await git(['rev-list', GIT_BRANCH], repository)).split('\n').filter(Boolean);
    },
    async putForeign(path: string, content: string) {
      const clone = await mkdtemp(join(scratch, 'foreign-'));
      await chown(clone, owner.uid, owner.gid);
      await git(['clone', '--quiet', `file://${repository}`, clone]);
      if (await hasBranch()) await git(['checkout', '--quiet', GIT_BRANCH], clone);
      else await git(['checkout', '--quiet', '--orphan', GIT_BRANCH], clone);
      await mkdir(dirname(join(clone, path)), { recursive: true });
      await writeFile(join(clone, path), content);
      await chown(join(clone, path), owner.uid, owner.gid).catch(() => {});
      await git(['add', '--', path], clone);
      await git(['-c', 'user.name=Someone Else', '-c', 'user.email=someone@example.com', 'commit', '--quiet', '-m', `Add ${path} by hand`], clone);
      await git(['push', '--quiet', 'origin', GIT_BRANCH], clone);
      await rm(clone, { recursive: true, force: true });
    },
  };
}

/** A bare repository over file://: no connection to cut, no identity to change. */
export async function startFileGitServer(): Promise<GitServerFixture> {
  const folder = await mkdtemp(join(tmpdir(), 'dl-git-file-'));
  const owner = rootOwner();
  const repository = await bareRepository(folder, owner);
  return remoteWithoutSsh(repository, owner, folder, {
    url: `git+file://${repository}#${GIT_BRANCH}`,
    secret: null,
    whyNoProxy: 'a file:// remote has no connection a proxy could cut',
    stop: () => rm(folder, { recursive: true, force: true }),
  });
}

/** A remote with no sshd of its own (file://, http): no connection the tests cut, no identity they change. */
function remoteWithoutSsh(
  repository: string,
  owner: Owner,
  folder: string,
  remote: { url: string; secret: string | null; whyNoProxy: string; stop(): Promise<void> },
): GitServerFixture {
  return {
    url: remote.url,
    repository,
    secret: remote.secret,
    keyFile: null,
    ...repositoryReader(repository, owner, folder),
    viaProxy: () => Promise.reject(new Error(remote.whyNoProxy)),
    async changeIdentity() {},
    stop: remote.stop,
  };
}

/** The same over ssh, to an sshd of the test's own logging in as the test user. */
export async function startSshGitServer(): Promise<
  GitServerFixture & { wrongKeyFile: string; lockedKey: { file: string; passphrase: string }; readOnlyUrl: string }
> {
  const user = testUser();
  const folder = await mkdtemp(join(tmpdir(), 'dl-git-ssh-'));
  // sshd reads authorized_keys as the test user, and the user's git reaches the repository inside.
  await chmod(folder, 0o755);
  const owner: Owner = { uid: user.uid, gid: user.gid, home: user.home };
  const repository = await bareRepository(folder, owner);
  // A repository the test user may read but not write: theirs, with its write permissions taken away.
  const readOnlyFolder = await mkdtemp(join(folder, 'read-only-'));
  await chmod(readOnlyFolder, 0o755);
  const readOnly = await bareRepository(readOnlyFolder, owner);
  await run('chmod', ['-R', 'a-w', readOnly]);
  const keyFile = await makeKey(join(folder, 'client_key'));
  const wrongKeyFile = await makeKey(join(folder, 'stranger_key'));
  const lockedKey = { file: join(folder, 'locked_key'), passphrase: 'the passphrase, with $ and \'quotes\'' };
  await makeKey(lockedKey.file, lockedKey.passphrase);
  const authorizedKeys = join(folder, 'authorized_keys');
  await writeFile(authorizedKeys, `${await readFile(`${keyFile}.pub`, 'utf8')}${await readFile(`${lockedKey.file}.pub`, 'utf8')}`);
  await chmod(authorizedKeys, 0o644);
  const port = await freePort();
  const sshd = await startSshd(folder, {
    port,
    authorizedKeys,
    allowUser: user.name,
    passwordAuthentication: false,
    sftp: false,
    logLevel: 'VERBOSE',
  }).catch(async (error: unknown) => {
    await rm(folder, { recursive: true, force: true });
    throw error;
  });
  const proxies: Array<{ close(): Promise<void> }> = [];
  return {
    url: `git+ssh://${user.name}@127.0.0.1:${port}${repository}#${GIT_BRANCH}`,
    repository,
    secret: null,
    keyFile,
    wrongKeyFile,
    lockedKey,
    readOnlyUrl: `git+ssh://${user.name}@127.0.0.1:${port}${readOnly}#${GIT_BRANCH}`,
    ...repositoryReader(repository, owner, folder),
    async viaProxy() {
      const proxy = await startCutProxy(port);
      proxies.push(proxy);
      return { url: `git+ssh://${user.name}@127.0.0.1:${proxy.port}${repository}#${GIT_BRANCH}`, cut: proxy.cut, restore: proxy.restore };
    },
    changeIdentity: () => sshd.changeHostKey(),
    async stop() {
      await Promise.all(proxies.map((proxy) => proxy.close()));
      await sshd.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** The same over http with a password (git's own http-backend behind basic auth), for the token path a Pages host takes. */
export async function startHttpGitServer(): Promise<GitServerFixture> {
  const folder = await mkdtemp(join(tmpdir(), 'dl-git-http-'));
  const owner = rootOwner();
  const repository = await bareRepository(folder, owner);
  const password = 'a token, with $pecial \'characters\'';
  const expected = `Basic ${Buffer.from(`${TEST_HTTP_USER}:${password}`).toString('base64')}`;
  const server = createHttpServer((request, response) => {
    if (request.headers.authorization !== expected) {
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="site"' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const backend = spawn('git', ['http-backend'], {
      env: {
        ...process.env,
        GIT_PROJECT_ROOT: folder,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: TEST_HTTP_USER,
        REQUEST_METHOD: request.method,
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: request.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: request.headers['content-encoding'] ?? '',
        GIT_CONFIG_NOSYSTEM: '1',
      },
    });
    request.pipe(backend.stdin);
    // The backend answers as a CGI program: headers, a blank line, the body.
    const chunks: Buffer[] = [];
    backend.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    backend.on('close', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      const headers = all.subarray(0, end).toString().split('\r\n');
      let status = 200;
      for (const line of headers) {
        const [name, ...rest] = line.split(':');
        const value = rest.join(':').trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else response.setHeader(name, value);
      }
      response.writeHead(status).end(all.subarray(end + 4));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return remoteWithoutSsh(repository, owner, folder, {
    url: `git+http://${TEST_HTTP_USER}@127.0.0.1:${port}/site.git#${GIT_BRANCH}`,
    secret: password,
    whyNoProxy: 'the http git server is only used for logging in with a password',
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(folder, { recursive: true, force: true });
    },
  });
}

export const TEST_HTTP_USER = 'pages-user';
