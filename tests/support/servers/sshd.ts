/**
 * A real OpenSSH sshd of a test's own on 127.0.0.1 (the SFTP and git-over-ssh fixtures): its
 * config, host key and pid file in the fixture's temp folder, run in the foreground so the test
 * owns the process. Runs as root only; the tests skip elsewhere (serversUnavailable([SSHD])).
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stopProcess } from './processes';

const run = promisify(execFile);

export const SSHD = '/usr/sbin/sshd';

export interface SshdOptions {
  port: number;
  hostKey: string;
  /** The one file of keys that may log in (sshd reads it as the user, so it must be readable to them). */
  authorizedKeys: string;
  /** Whether a password logs in too, not only a key. */
  passwordAuthentication: boolean;
  /** Whether sshd serves SFTP (OpenSSH's internal-sftp). */
  sftp: boolean;
  /** The one user who may log in. */
  allowUser: string;
  /** VERBOSE names each login attempt. */
  logLevel: 'QUIET' | 'INFO' | 'VERBOSE' | 'DEBUG';
  pidFile: string;
}

/** The sshd_config that says `options`, listening on 127.0.0.1 only. */
export function sshdConfig(options: SshdOptions): string {
  return [
    `Port ${options.port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${options.hostKey}`,
    `PidFile ${options.pidFile}`,
    `AuthorizedKeysFile ${options.authorizedKeys}`,
    `AllowUsers ${options.allowUser}`,
    'PubkeyAuthentication yes',
    `PasswordAuthentication ${options.passwordAuthentication ? 'yes' : 'no'}`,
    'KbdInteractiveAuthentication no',
    // Without PAM, sshd checks the password against /etc/shadow itself, which chpasswd set.
    'UsePAM no',
    'StrictModes no',
    ...(options.sftp ? ['Subsystem sftp internal-sftp'] : []),
    `LogLevel ${options.logLevel}`,
    '',
  ].join('\n');
}

/** Makes an ed25519 key pair at `file` (and `file.pub`), locked with `passphrase` unless it is empty. */
export async function makeKey(file: string, passphrase = ''): Promise<string> {
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', passphrase, '-C', 'dramalog-test', '-f', file]);
  return file;
}

export interface Sshd {
  /** What sshd has logged since it first started, across host key changes. */
  log(): string;
  /** The host key's fingerprint as `ssh-keygen -l` prints it (`SHA256:…`). */
  hostKeyFingerprint(): string;
  /** Stops sshd and starts it again on the same port with a new host key, as a server replaced or an impostor would. */
  changeHostKey(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Makes a host key and an sshd_config in `folder` and starts sshd with them; resolves once it
 * listens, or rejects with what it said.
 */
export async function startSshd(folder: string, options: Omit<SshdOptions, 'hostKey' | 'pidFile'>): Promise<Sshd> {
  const hostKey = join(folder, 'host_key');
  const config = join(folder, 'sshd_config');
  await makeKey(hostKey);
  await writeFile(config, sshdConfig({ ...options, hostKey, pidFile: join(folder, 'sshd.pid') }));
  // sshd refuses to start without its privilege-separation folder, which only the ssh service makes.
  await mkdir('/run/sshd', { recursive: true, mode: 0o755 });
  let log = '';
  let sshd = await listen(config, (text) => (log += text));
  return {
    log: () => log,
    hostKeyFingerprint: () => execFileSync('ssh-keygen', ['-l', '-f', `${hostKey}.pub`], { encoding: 'utf8' }).split(' ')[1],
    async changeHostKey() {
      await stopProcess(sshd);
      await rm(hostKey, { force: true });
      await rm(`${hostKey}.pub`, { force: true });
      await makeKey(hostKey);
      sshd = await listen(config, (text) => (log += text));
    },
    stop: () => stopProcess(sshd),
  };
}

/** Starts sshd in the foreground and resolves once it listens, or rejects with what it said. */
function listen(config: string, onLog: (text: string) => void): Promise<ChildProcess> {
  const sshd = spawn(SSHD, ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  return new Promise((resolve, reject) => {
    // Read for as long as sshd runs: a full pipe would stall it.
    sshd.stderr!.setEncoding('utf8').on('data', (text: string) => {
      onLog(text);
      said += text;
      if (said.includes('Server listening on')) resolve(sshd);
    });
    sshd.on('error', reject);
    sshd.on('exit', (code) => reject(new Error(`sshd stopped (exit ${code}) before it listened: ${said}`)));
  });
}
