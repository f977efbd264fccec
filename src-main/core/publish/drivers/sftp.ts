/**
 * Publishing to an SFTP server (ssh2-sftp-client over ssh2). The server's host key is checked
 * against the pinned one during the key exchange, before any password or key is sent. Each put is
 * written beside its file and renamed over it with OpenSSH's atomic rename, so a reader sees the
 * old page or the new one. Everything happens under the address's folder, made when missing.
 */
import { posix } from 'node:path';
import { setTimeout as delay, setImmediate as nextTurn } from 'node:timers/promises';
import type { Client as SshClient } from 'ssh2';
import type SftpClient from 'ssh2-sftp-client';
import { JournalError } from '../../common/errors';
import type { PublishAddress } from '../../common/model';
import { partPathOf, type Connect, type PublishConnection } from '../connection';
import { sshFingerprint, sshLogin } from './ssh-login';

export type SftpAddress = Extract<PublishAddress, { kind: 'sftp' }>;

/**
 * Puts at once on one connection. SFTP numbers its requests, so they can overlap; OpenSSH answers
 * them in turn. ssh2-sftp-client's README advises against overlapping calls because of its
 * per-call event listeners, which this driver does not rely on for errors (see `run`); the tests
 * put files 8 at a time.
 */
const PARALLEL = 8;
/** How long to wait for the server to answer and accept the login before calling it unreachable. */
const READY_TIMEOUT_MS = 15_000;
/** A connection silent for 3 × 10 s is dropped, so a put never waits forever on a dead network. */
const KEEPALIVE = { keepaliveInterval: 10_000, keepaliveCountMax: 3 };

/** How long `close` waits for the server to answer its goodbye. */
const GOODBYE_MS = 5_000;

/** SFTP's status codes (draft-ietf-secsh-filexfer-02, what OpenSSH speaks). */
const NO_SUCH_FILE = 2;
const PERMISSION_DENIED = 3;

export const connectSftp: Connect<SftpAddress> = async ({ address, secret, keyFile, hostKey, signal }) => {
  const server = address.port === 22 ? address.host : `${address.host}:${address.port}`;
  const cancelled = () => new JournalError('cancelled', `Publishing to ${server} was stopped; the connection is closed.`);
  if (signal.aborted) throw cancelled();
  const login = await sshLogin(address.user, secret, keyFile);
  if (signal.aborted) throw cancelled();

  // Loaded when a publish runs: every other command starts without it (see ssh-login.ts).
  const { default: SftpClientClass } = await import('ssh2-sftp-client');
  const sftp = new SftpClientClass('dramalog-publish', { error: ignore, end: ignore, close: ignore });
  const ssh = sshOf(sftp);
  // Each ssh2-sftp-client call listens to end, close and error while it runs: PARALLEL calls at once
  // (and this driver's own listeners) are expected, not a leak.
  ssh.setMaxListeners(PARALLEL * 2 + 4);
  let closing = false;
  let dropped = false;
  let ended: () => void = ignore;
  const gone = new Promise<never>((_, reject) => (ended = () => reject(new Error('connection ended'))));
  gone.catch(ignore);
  // The server's end of the connection ending ('end') comes before the socket closes ('close'); either means it is over.
  const over = () => {
    dropped ||= !closing;
    ended();
  };
  ssh.on('end', over).on('close', over);
  const onAbort = () => ssh.destroy();
  signal.addEventListener('abort', onAbort, { once: true });

  let seen: string | null = null;
  let sshError: Error & { level?: string; code?: string } = new Error('it closed the connection');
  ssh.on('error', (error: Error) => (sshError = error));
  try {
    await Promise.race([
      sftp.connect({
        host: address.host,
        port: address.port,
        username: address.user,
        readyTimeout: READY_TIMEOUT_MS,
        ...KEEPALIVE,
        // ssh2 calls this during the key exchange, before any login is tried: refusing here means
        // no password, key or passphrase ever reaches a server that is not the pinned one.
        hostVerifier: (key: Buffer) => {
          seen = sshFingerprint(key);
          return hostKey === null || seen === hostKey;
        },
        authHandler: login.methods,
      }),
      gone,
    ]);
  } catch {
    closing = true;
    ssh.destroy();
    signal.removeEventListener('abort', onAbort);
    if (signal.aborted) throw cancelled();
    if (seen !== null && hostKey !== null && seen !== hostKey) {
      throw new JournalError(
        'host-key-changed',
        `The server at ${server} is not the one Dramalog published to before: its identity (SSH host key) is now ${seen}, where it was ${hostKey}. ` +
          'The server may have been replaced, or something is pretending to be it. Nothing was sent to it and nothing was uploaded.',
      );
    }
    throw connectFailure(server, address.user, login.offered, sshError);
  }

  const run = async <T>(what: string, path: string, operation: () => Promise<T>): Promise<T> => {
    if (signal.aborted) throw cancelled();
    if (dropped) throw lost(server, what);
    if (closing) throw new JournalError('internal', `Could not ${what} on ${server}: the connection was already closed.`);
    try {
      return await Promise.race([operation(), gone]);
    } catch (error) {
      // An SFTP call can fail a moment before ssh2 reports the connection closed.
      await nextTurn();
      if (signal.aborted) throw cancelled();
      if (dropped) throw lost(server, what);
      throw operationFailure(server, address.user, what, path, error);
    }
  };

  const connection = await (async () => {
    try {
      const home = await run('find your home folder', '.', () => sftp.realPath('.'));
      const base = posix.resolve(home, address.path);
      const folders = new FolderMaker(sftp, server);
      await run(`make the folder ${base}`, base, () => folders.make(base));
      return sftpConnection(sftp, base, folders, run, () => {
        closing = true;
        signal.removeEventListener('abort', onAbort);
      });
    } catch (error) {
      closing = true;
      ssh.destroy();
      signal.removeEventListener('abort', onAbort);
      throw error;
    }
  })();
  return { connection, hostKey: seen };
};

type Run = <T>(what: string, path: string, operation: () => Promise<T>) => Promise<T>;

function sftpConnection(sftp: SftpClient, base: string, folders: FolderMaker, run: Run, closing: () => void): PublishConnection {
  const onServer = (path: string) => posix.join(base, sitePath(path));
  let closed: Promise<void> | null = null;
  return {
    liveEachFile: true,
    parallel: PARALLEL,
    list: async (folder) => {
      const there = onServer(folder);
      return run(`list ${folder || 'the site folder'}`, there, async () => {
        try {
          const entries = await sftp.list(there);
          return new Set(entries.map((entry) => entry.name).filter((name) => name !== '.' && name !== '..'));
        } catch (error) {
          if (statusOf(error) === NO_SUCH_FILE) return new Set<string>();
          throw error;
        }
      });
    },
    put: async (path, source) => {
      const target = onServer(path);
      const part = onServer(partPathOf(path));
      await run(`upload ${path}`, target, async () => {
        await folders.make(posix.dirname(target));
        await sftp.fastPut(source, part);
        await replace(sftp, part, target);
      });
    },
    remove: async (path) => {
      const target = onServer(path);
      await run(`delete ${path}`, target, () => sftp.delete(target, true));
    },
    discardPart: async (path) => {
      const part = onServer(partPathOf(path));
      await run(`delete ${partPathOf(path)}`, part, () => sftp.delete(part, true));
    },
    finish: async () => {},
    close: () =>
      (closed ??= (async () => {
        closing();
        // end() says goodbye and waits for the server to close; a server that never does is not waited for long.
        await Promise.race([sftp.end().catch(ignore), delay(GOODBYE_MS, undefined, { ref: false })]);
        sshOf(sftp).destroy();
      })()),
  };
}

/** Renames the uploaded part over its file in one step, so the old page stays until the new one is whole. */
async function replace(sftp: SftpClient, part: string, target: string): Promise<void> {
  try {
    await sftp.posixRename(part, target);
  } catch (error) {
    if (!/does not support/i.test(messageOf(error))) throw error;
    // A server without OpenSSH's posix-rename extension refuses a plain SFTP rename onto an
    // existing file, so the old file goes first: for that moment the page is missing.
    await sftp.delete(target, true);
    await sftp.rename(part, target);
  }
}

/** Makes folders on the server (mkdir -p), each once even when several puts need it at the same time. */
class FolderMaker {
  private readonly made = new Map<string, Promise<void>>();

  constructor(
    private readonly sftp: SftpClient,
    private readonly server: string,
  ) {}

  make(folder: string): Promise<void> {
    let making = this.made.get(folder);
    if (!making) {
      making = this.makeNow(folder);
      this.made.set(folder, making);
      making.catch(() => this.made.delete(folder));
    }
    return making;
  }

  private async makeNow(folder: string): Promise<void> {
    if (await this.isFolder(folder)) return;
    await this.make(posix.dirname(folder));
    try {
      await this.sftp.mkdir(folder);
    } catch (error) {
      // Someone else may have made it meanwhile.
      if (!(await this.isFolder(folder))) throw error;
    }
  }

  private async isFolder(path: string): Promise<boolean> {
    try {
      if ((await this.sftp.stat(path)).isDirectory) return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return false;
      throw error;
    }
    throw new JournalError('conflict', `${path} on ${this.server} is a file where the site needs a folder; move or delete it, then publish again.`);
  }
}

/**
 * A site path checked to stay inside the site's folder: relative, `/`-separated, no `.` or `..`.
 * The publisher only makes such paths; this keeps a mistake from reaching outside the folder.
 */
function sitePath(path: string): string {
  if (path === '') return '';
  if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new JournalError('internal', `${path} is not a path inside the site's folder; nothing was done with it.`);
  }
  return path;
}

function connectFailure(server: string, user: string, offered: string[], error: Error & { level?: string; code?: string }): JournalError {
  if (error.level === 'client-authentication') {
    const what = offered.length ? listed(offered) : 'any login: no password was given and no SSH key was found';
    return new JournalError('auth-failed', `The server at ${server} refused ${what} for user ${user}.`);
  }
  const why =
    error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN'
      ? 'no server has that name'
      : error.code === 'ECONNREFUSED'
        ? 'nothing answers on that port'
        : error.level === 'client-timeout' || error.code === 'ETIMEDOUT'
          ? 'it did not answer in time'
          : `it did not answer as an SSH server does (${error.message})`;
  return new JournalError('unreachable', `Could not reach the server at ${server}: ${why}. Nothing was uploaded.`);
}

function operationFailure(server: string, user: string, what: string, path: string, error: unknown): JournalError {
  if (error instanceof JournalError) return error;
  const status = statusOf(error);
  if (status === PERMISSION_DENIED || /permission denied/i.test(messageOf(error))) {
    return new JournalError('forbidden', `The server at ${server} does not let user ${user} ${what}: permission denied on ${path}.`);
  }
  if (status === NO_SUCH_FILE) return new JournalError('not-found', `Could not ${what} on ${server}: ${path} is not there.`);
  // The socket failed under the call before ssh2 reported the connection closed (a reset, a broken pipe).
  if (DROPPED_SOCKET.test(`${String(status)} ${messageOf(error)}`)) return lost(server, what);
  return new JournalError('internal', `Could not ${what} on ${server} (${messageOf(error)}).`);
}

const DROPPED_SOCKET = /\b(ECONNRESET|EPIPE|ECONNABORTED|ETIMEDOUT|ERR_SOCKET_CLOSED|ERR_STREAM_DESTROYED)\b|no sftp connection|not connected/i;

const lost = (server: string, what: string) =>
  new JournalError('connection-lost', `The connection to ${server} dropped while trying to ${what}; what did not reach the server is sent at the next publish.`);

/**
 * The ssh2 client under ssh2-sftp-client (its `client`, left out of its types): its events say when
 * the connection ends, and destroying it stops a connect or a transfer at once.
 */
const sshOf = (sftp: SftpClient) => (sftp as unknown as { client: SshClient }).client;
/** ssh2-sftp-client keeps the SFTP status code as the error's `code`. */
const statusOf = (error: unknown) => (error as { code?: unknown } | null)?.code;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const listed = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
function ignore(): void {}
