/**
 * A real OpenSSH sshd on 127.0.0.1 for the SFTP publish tests: its own host key, config and
 * authorized keys in a temp folder, the SFTP subsystem built in, the test user (test-user.ts)
 * logging in with its password or a key made here. Runs as root only; the tests skip elsewhere
 * (serversUnavailable([SSHD])).
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCutProxy, type CutProxy } from './cut-proxy';
import { freePort } from './processes';
import { readTree } from './read-tree';
import type { ServerFixture } from './server-fixture';
import { makeKey, startSshd } from './sshd';
import { mkdirAsUser, testUser, writeAsUser } from './test-user';

export { SSHD } from './sshd';

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
  const clientKey = await makeKey(join(dir, 'client_key'));
  const authorizedKeys = join(dir, 'authorized_keys');
  writeFileSync(authorizedKeys, readFileSync(`${clientKey}.pub`), { mode: 0o644 });

  const port = await freePort();
  const siteDir = join(user.home, 'sites', randomBytes(6).toString('hex'));
  mkdirAsUser(user, join(user.home, 'sites'));
  const sshd = await startSshd(dir, {
    port,
    authorizedKeys,
    allowUser: user.name,
    passwordAuthentication: true,
    sftp: true,
    // VERBOSE names each login attempt, which the tests read to prove none was made.
    logLevel: 'VERBOSE',
  });
  const proxies: CutProxy[] = [];
  const siteUrl = (throughPort: number) => `sftp://${user.name}@127.0.0.1:${throughPort}/~/${siteDir.slice(user.home.length + 1)}`;

  return {
    port,
    siteDir,
    home: user.home,
    url: siteUrl(port),
    secret: user.password,
    keyFile: clientKey,
    async viaProxy() {
      const proxy = await startCutProxy(port);
      proxies.push(proxy);
      return { url: siteUrl(proxy.port), cut: proxy.cut, restore: proxy.restore };
    },
    async files() {
      return readTree(siteDir);
    },
    async putForeign(path, content) {
      writeAsUser(user, join(siteDir, path), content);
    },
    changeIdentity: () => sshd.changeHostKey(),
    log: () => sshd.log(),
    authorize: (publicKey) => appendFileSync(authorizedKeys, publicKey),
    hostKeyFingerprint: () => sshd.hostKeyFingerprint(),
    async stop() {
      await Promise.all(proxies.map((proxy) => proxy.close()));
      await sshd.stop();
      rmSync(dir, { recursive: true, force: true });
      rmSync(siteDir, { recursive: true, force: true });
    },
  };
}
