/**
 * Publishing to an FTP server over explicit TLS (`ftps://user@host[:port]/path`), with basic-ftp.
 *
 * The server's certificate is checked before the password is sent: one a system authority vouches
 * for is trusted as the browser would; a self-signed one (usual on small hosts) is pinned at the
 * first publish by its SHA-256 fingerprint, as SSH pins a host key, and refused if it changes.
 * Every file is uploaded beside its final name and renamed over it (RNFR/RNTO; vsftpd, ProFTPD and
 * Pure-FTPd rename with rename(2)), so a reader never sees half a page.
 */
import { posix } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { isIP } from 'node:net';
import type { Client, FTPError } from 'basic-ftp';
import { JournalError } from '../../common/errors';
import type { PublishAddress } from '../../common/model';
import { partPathOf, type Connect, type PublishConnection } from '../connection';

export type FtpsAddress = Extract<PublishAddress, { kind: 'ftps' }>;

/** How long a server may stay silent before the connection counts as lost (basic-ftp's own default). */
const TIMEOUT_MS = 30_000;

export const connectFtps: Connect<FtpsAddress> = async ({ address, secret, hostKey, signal }) => {
  const server = address.port === 21 ? address.host : `${address.host}:${address.port}`;
  // Loaded when a publish runs: every other command starts without it (see ssh-login.ts).
  const { Client: FtpClient } = await import('basic-ftp');
  const client = new FtpClient(TIMEOUT_MS);
  const fail = failureWords(server, signal, secret !== null);
  // basic-ftp takes no AbortSignal: closing the client rejects whatever it is doing.
  const onAbort = () => client.close();
  signal.addEventListener('abort', onAbort, { once: true });
  const close = async () => {
    signal.removeEventListener('abort', onAbort);
    client.close();
  };

  let seenKey: string | null;
  /** The site's folder as an absolute path: every path sent is absolute, whatever the working folder. */
  let base = address.path;
  let phase: Phase = 'connect';
  try {
    if (signal.aborted) throw new Error('aborted');
    await client.connect(address.host, address.port);
    // rejectUnauthorized is off so a self-signed certificate gets as far as the pin check below;
    // nothing but the greeting and AUTH TLS has crossed the wire yet.
    await client.useTLS({ host: address.host, ...(isIP(address.host) ? {} : { servername: address.host }), rejectUnauthorized: false });
    seenKey = checkCertificate(client.ftp.socket as TLSSocket, hostKey, server);
    phase = 'login';
    await client.login(address.user, secret ?? '');
    await client.useDefaultSettings();
    phase = 'session';
    base = address.path.startsWith('/') ? address.path : posix.join(await client.pwd(), address.path);
    // basic-ftp's ensureDir also changes the working folder: harmless, as every path here is absolute.
    await client.ensureDir(base);
  } catch (error) {
    await close();
    throw fail(error, phase, base);
  }

  /** A site path on the server; one that would climb out of the site's folder is refused, whoever made it. */
  const remote = (path: string) => {
    const full = posix.join(base, path);
    if (full !== base && !full.startsWith(base.endsWith('/') ? base : `${base}/`)) {
      throw new JournalError('internal', `${path} is outside the site's folder ${base} on ${server}; nothing was written there.`);
    }
    return full;
  };
  /** The folders known to be on the server, so each put does not walk its path again. */
  const made = new Set<string>([base]);
  let closed = false;

  /** The last call's end: calls wait their turn, as basic-ftp closes the connection if a second starts while one runs. */
  let queue: Promise<unknown> = Promise.resolve();

  /** One call's commands, after the calls before it, with its failure in plain words. */
  const run = <T>(path: string, work: () => Promise<T>): Promise<T> => {
    const where = posix.join(base, path);
    const turn = queue.then(async () => {
      if (closed) throw new JournalError('connection-lost', `The connection to ${server} was closed before ${where} was done.`);
      try {
        if (signal.aborted) throw new Error('aborted');
        return await work();
      } catch (error) {
        throw fail(error, 'session', where);
      }
    });
    queue = turn.catch(() => {});
    return turn;
  };

  const exists = async (path: string): Promise<boolean> => (await names(client, posix.dirname(remote(path)))).has(posix.basename(path));

  const connection: PublishConnection = {
    liveEachFile: true,
    parallel: 1,
    list: (folder) => run(folder, () => names(client, remote(folder))),
    put: (path, source) =>
      run(path, async () => {
        const folder = posix.dirname(remote(path));
        if (!made.has(folder)) {
          await client.ensureDir(folder);
          made.add(folder);
        }
        await client.uploadFrom(source, remote(partPathOf(path)));
        await client.rename(remote(partPathOf(path)), remote(path));
      }),
    remove: (path) => run(path, () => removeIfThere(client, remote(path), () => exists(path))),
    discardPart: (path) => run(path, () => removeIfThere(client, remote(partPathOf(path)), () => exists(partPathOf(path)))),
    finish: async () => {},
    close: async () => {
      closed = true;
      await close();
    },
  };
  return { connection, hostKey: seenKey };
};

type Phase = 'connect' | 'login' | 'session';

/**
 * The certificate's SHA-256 fingerprint to pin, or null when a system authority vouches for it
 * (a renewed certificate then has a new fingerprint and is still the same server, so pinning it
 * would only raise false alarms). Refuses a self-signed one that is not the one pinned.
 */
function checkCertificate(socket: TLSSocket, pinned: string | null, server: string): string | null {
  if (socket.authorized) return null;
  const seen = socket.getPeerCertificate().fingerprint256;
  if (pinned && pinned !== seen) {
    throw new JournalError(
      'host-key-changed',
      `The server at ${server} is not the one Dramalog published to before: its TLS certificate is now ${seen}, where it was ${pinned}. ` +
        `It may have been replaced by its host, or something may be pretending to be it, ` +
        `so Dramalog did not send your password and uploaded nothing. If your host says it changed its certificate, ` +
        `forget the pinned certificate for this target and publish again.`,
    );
  }
  return seen;
}

/** The names in a folder; an empty set when there is no such folder. */
async function names(client: Client, folder: string): Promise<Set<string>> {
  try {
    const entries = await client.list(folder);
    return new Set(entries.map((entry) => entry.name).filter((name) => name !== '.' && name !== '..'));
  } catch (error) {
    if (isFtpError(error) && (error.code === 550 || error.code === 450)) return new Set();
    throw error;
  }
}

/** Removes a file; FTP answers 550 both for "not there" and "not allowed", so a refusal is only one when the file is still listed. */
async function removeIfThere(client: Client, file: string, stillThere: () => Promise<boolean>): Promise<void> {
  try {
    await client.remove(file);
  } catch (error) {
    if (isFtpError(error) && error.code === 550 && !(await stillThere())) return;
    throw error;
  }
}

/** Turns what basic-ftp or the network threw into a JournalError in plain words naming the server and path. */
function failureWords(server: string, signal: AbortSignal, hasSecret: boolean) {
  return (error: unknown, phase: Phase, path: string): JournalError => {
    if (error instanceof JournalError) return error;
    if (signal.aborted) return new JournalError('cancelled', `Publishing to ${server} was stopped.`);
    const detail = error instanceof Error ? ` (${error.message})` : '';
    if (isFtpError(error)) {
      if (error.code === 530 && phase !== 'session') {
        const what = phase === 'login' && !hasSecret ? 'the login without a password; give the password' : 'the user name or password';
        return new JournalError('auth-failed', `The FTP server ${server} refused ${what}.${detail}`);
      }
      if (phase === 'connect') {
        return new JournalError('unreachable', `${server} answered, but not as an FTP server that offers TLS (FTPS).${detail}`);
      }
      if ([550, 553, 552, 532, 450, 452].includes(error.code)) {
        return new JournalError('forbidden', `The FTP server ${server} did not allow writing ${path}: check that the user may write there and the disk is not full.${detail}`);
      }
      return new JournalError('internal', `The FTP server ${server} refused an operation on ${path}.${detail}`);
    }
    if (phase === 'connect') {
      return new JournalError('unreachable', `Could not reach the FTP server ${server}: check its name and port, and your network.${detail}`);
    }
    return new JournalError('connection-lost', `The connection to ${server} dropped while working on ${path}; what was not uploaded is sent at the next publish.${detail}`);
  };
}

/** An FTP server's refusal (basic-ftp's FTPError, known by its name: the library is loaded only when a publish runs). */
const isFtpError = (error: unknown): error is FTPError => error instanceof Error && error.name === 'FTPError' && typeof (error as FTPError).code === 'number';
