/**
 * A real FTP server over explicit TLS for the publish tests: vsftpd on 127.0.0.1, on a free port,
 * with a self-signed certificate (as a small host's own server has), logging in the test user
 * (test-user.ts). The site is a fresh folder under the user's home; the files are read back from
 * the server's own disk. Needs root (vsftpd's standalone mode, and the test user): see
 * ftpsServerUnavailable.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCutProxy, type CutProxy } from './cut-proxy';
import { freePort, stopProcess } from './processes';
import { readTree } from './read-tree';
import type { ServerFixture } from './server-fixture';
import { serversUnavailable, testUser, TEST_PASSWORD, TEST_USER, writeAsUser } from './test-user';

export const VSFTPD = '/usr/sbin/vsftpd';

/** Why the FTPS tests cannot run here, or null. */
export const ftpsServerUnavailable = () => serversUnavailable([VSFTPD, '/usr/bin/openssl']);

export interface FtpsServer extends ServerFixture {
  port: number;
  /** The site's folder on the server's disk. */
  siteDir: string;
  /** The user's home, the folder the site's folder is in (to check nothing beside the site is touched). */
  home: string;
  /** The address of the same site on a port nothing listens on. */
  unreachableUrl: string;
  /** What vsftpd logged (commands and replies), for a failing test to show. */
  log(): string;
}

export async function startFtpsServer(): Promise<FtpsServer> {
  const user = testUser();
  const dir = mkdtempSync(join(tmpdir(), 'dramalog-vsftpd-'));
  const siteName = `site-ftps-${randomBytes(4).toString('hex')}`;
  const siteDir = join(user.home, siteName);
  const port = await freePort();
  // vsftpd refuses a chroot-ish "secure" folder it could write to: an empty one owned by root.
  mkdirSync(join(dir, 'empty'), { mode: 0o755 });
  const pasvMin = 40_000 + Math.floor(Math.random() * 20_000);
  writeFileSync(join(dir, 'vsftpd.conf'), config(dir, port, pasvMin));
  const proxies: CutProxy[] = [];
  let vsftpd = await startVsftpd(dir, port);

  const server: FtpsServer = {
    port,
    siteDir,
    home: user.home,
    url: `ftps://${TEST_USER}@127.0.0.1:${port}/~/${siteName}`,
    unreachableUrl: `ftps://${TEST_USER}@127.0.0.1:${await freePort()}/~/${siteName}`,
    secret: TEST_PASSWORD,
    keyFile: null,
    async viaProxy() {
      // Only the control connection goes through the proxy (passive data connections go to the
      // port vsftpd names); cutting it is what ends a session, as a dropped network does.
      const proxy = await startCutProxy(port);
      proxies.push(proxy);
      return { url: `ftps://${TEST_USER}@127.0.0.1:${proxy.port}/~/${siteName}`, cut: () => proxy.cut(), restore: () => proxy.restore() };
    },
    async files() {
      return readTree(siteDir);
    },
    async putForeign(path, content) {
      writeAsUser(user, join(siteDir, path), content);
    },
    async changeIdentity() {
      await stopProcess(vsftpd);
      vsftpd = await startVsftpd(dir, port);
    },
    async stop() {
      for (const proxy of proxies) await proxy.close();
      await stopProcess(vsftpd);
      rmSync(dir, { recursive: true, force: true });
      rmSync(siteDir, { recursive: true, force: true });
    },
    log: () => readLog(dir),
  };
  return server;
}

function config(dir: string, port: number, pasvMin: number): string {
  return `${[
    'listen=YES',
    'listen_ipv6=NO',
    'listen_address=127.0.0.1',
    `listen_port=${port}`,
    // Stay in the foreground, so the test owns the process and can stop it.
    'background=NO',
    'anonymous_enable=NO',
    'local_enable=YES',
    'write_enable=YES',
    'local_umask=022',
    'check_shell=NO',
    'pam_service_name=vsftpd',
    `secure_chroot_dir=${join(dir, 'empty')}`,
    'ssl_enable=YES',
    `rsa_cert_file=${join(dir, 'cert.pem')}`,
    `rsa_private_key_file=${join(dir, 'key.pem')}`,
    'force_local_logins_ssl=YES',
    'force_local_data_ssl=YES',
    // A data connection must resume the control connection's TLS session (proof it is the same client); basic-ftp does.
    'require_ssl_reuse=YES',
    'pasv_enable=YES',
    'pasv_address=127.0.0.1',
    `pasv_min_port=${pasvMin}`,
    `pasv_max_port=${pasvMin + 50}`,
    'connect_from_port_20=NO',
    // A container may not allow the sandbox's syscall filter or a new network namespace per session.
    'seccomp_sandbox=NO',
    'isolate_network=NO',
    'log_ftp_protocol=YES',
    'xferlog_enable=YES',
    'xferlog_std_format=NO',
    `vsftpd_log_file=${join(dir, 'vsftpd.log')}`,
  ].join('\n')}\n`;
}

/** A new self-signed certificate (each start is a new identity), then vsftpd, answering on `port`. */
async function startVsftpd(dir: string, port: number): Promise<ChildProcess> {
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=dramalog-test-ftps', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    { stdio: 'ignore' },
  );
  const child = spawn(VSFTPD, [join(dir, 'vsftpd.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`vsftpd stopped at once: ${stderr.trim()} ${readLog(dir)}`);
    if (await greets(port)) return child;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill();
  throw new Error(`vsftpd did not answer on port ${port}: ${stderr.trim()}`);
}

/** Whether an FTP server answers its greeting (220) on the port. */
function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('220'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function readLog(dir: string): string {
  try {
    return readFileSync(join(dir, 'vsftpd.log'), 'utf8');
  } catch {
    return '';
  }
}
