/**
 * A real OpenSSH sshd on 127.0.0.1 for the SFTP publish tests: its own host key, config and
 * authorized keys in a temp folder, the SFTP subsystem built in, the test user (test-user.ts)
 * logging in with its password or a key made here. Runs as root only; the tests skip elsewhere
 * (serversUnavailable([SSHD])).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startCutProxy, type CutProxy } from './cut-proxy';
import type { ServerFixture } from './server-fixture';
import { testUser, type TestUser } from './test-user';

export const SSHD = '/usr/sbin/sshd';

export interface SftpServer extends ServerFixture {
  port: number;
  /** The site's folder on the server's disk (absolute). */
  siteDir: string;
  /** The user's home on the server's disk, where `sites/` is. */
  home: string;
  /** What sshd has logged since it started (connections, logins), to prove what a client did and did not send. */
  log(): string;
  /** Lets the key whose public half is `publicKey` (a `.pub` file's text) log in too. */
  authorize(publicKey: string): void;
  /** The host key's fingerprint as `ssh-keygen -l` prints it (`SHA256:…`). */
  hostKeyFingerprint(): string;
}

export async function startSftpServer(): Promise<SftpServer> {
  const user = testUser();
  const dir = mkdtempSync(join(tmpdir(), 'dramalog-sshd-'));
  // sshd reads the authorized keys as the user, so the folder and that file must be readable to it.
  chmodSync(dir, 0o755);
  const hostKey = join(dir, 'host_key');
  const clientKey = join(dir, 'client_key');
  const authorizedKeys = join(dir, 'authorized_keys');
  keygen(hostKey);
  keygen(clientKey);
  writeFileSync(authorizedKeys, readFileSync(`${clientKey}.pub`), { mode: 0o644 });

  const port = await freePort();
  const config = join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKey}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${authorizedKeys}`,
      'PasswordAuthentication yes',
      'PubkeyAuthentication yes',
      'KbdInteractiveAuthentication no',
      // Without PAM, sshd checks the password against /etc/shadow itself, which chpasswd set.
      'UsePAM no',
      'StrictModes no',
      `AllowUsers ${user.name}`,
      'Subsystem sftp internal-sftp',
      // VERBOSE names each login attempt, which the tests read to prove none was made.
      'LogLevel VERBOSE',
      '',
    ].join('\n'),
  );
  // sshd refuses to start without its privilege-separation folder, which only the ssh service makes.
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });

  const siteDir = join(user.home, 'sites', randomBytes(6).toString('hex'));
  asUser(user, join(user.home, 'sites'));
  let log = '';
  let sshd = await startSshd(config, (text) => (log += text));
  const proxies: CutProxy[] = [];

  return {
    port,
    siteDir,
    home: user.home,
    url: `sftp://${user.name}@127.0.0.1:${port}/~/${siteDir.slice(user.home.length + 1)}`,
    secret: user.password,
    keyFile: clientKey,
    async viaProxy() {
      const proxy = await startCutProxy(port);
      proxies.push(proxy);
      return { url: `sftp://${user.name}@127.0.0.1:${proxy.port}/~/${siteDir.slice(user.home.length + 1)}`, cut: proxy.cut, restore: proxy.restore };
    },
    async files() {
      return readTree(siteDir);
    },
    async putForeign(path, content) {
      const file = join(siteDir, path);
      asUser(user, dirname(file));
      writeFileSync(file, content);
      chownSync(file, user.uid, user.gid);
    },
    async changeIdentity() {
      await stopSshd(sshd);
      rmSync(hostKey);
      rmSync(`${hostKey}.pub`);
      keygen(hostKey);
      sshd = await startSshd(config, (text) => (log += text));
    },
    log: () => log,
    authorize: (publicKey) => appendFileSync(authorizedKeys, publicKey),
    hostKeyFingerprint: () => execFileSync('ssh-keygen', ['-l', '-f', `${hostKey}.pub`], { encoding: 'utf8' }).split(' ')[1],
    async stop() {
      await Promise.all(proxies.map((proxy) => proxy.close()));
      await stopSshd(sshd);
      rmSync(dir, { recursive: true, force: true });
      rmSync(siteDir, { recursive: true, force: true });
    },
  };
}

function keygen(file: string): void {
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'dramalog-test', '-f', file]);
}

/** A port nothing listens on now; sshd takes it a moment later (nothing else on this machine races for it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Makes `folder` and its missing parents, owned by the test user, as the user would have them. */
function asUser(user: TestUser, folder: string): void {
  if (existsSync(folder)) return;
  asUser(user, dirname(folder));
  mkdirSync(folder);
  chownSync(folder, user.uid, user.gid);
}

/** Starts sshd in the foreground and resolves once it listens, or rejects with what it said. */
function startSshd(config: string, onLog: (text: string) => void): Promise<ChildProcess> {
  const sshd = spawn(SSHD, ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  return new Promise((resolve, reject) => {
    sshd.stderr!.setEncoding('utf8').on('data', (text: string) => {
      onLog(text);
      said += text;
      if (said.includes('Server listening on')) resolve(sshd);
    });
    sshd.on('error', reject);
    sshd.on('exit', (code) => reject(new Error(`sshd stopped (exit ${code}) before it listened: ${said}`)));
  });
}

async function stopSshd(sshd: ChildProcess): Promise<void> {
  if (sshd.exitCode !== null || sshd.signalCode !== null) return;
  const exited = new Promise((resolve) => sshd.once('exit', resolve));
  sshd.kill('SIGTERM');
  await exited;
}

/** Every file under `root` (path relative to it, `/`-separated → content); empty when there is no such folder. */
function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(root)) return files;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(full.slice(root.length + 1).split('\\').join('/'), readFileSync(full, 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}
