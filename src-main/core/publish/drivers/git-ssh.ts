/**
 * The ssh git runs for a remote reached over ssh: never asking anything, checking the server's
 * host key against the one pinned at the first publish, and logging in with the target's key.
 *
 * The pin is the known_hosts line(s) ssh wrote at the first publish (`[host]:port ssh-ed25519 AAAA…`):
 * ssh itself checks it, before it sends anything, so there is no gap between a separate look at the
 * key (ssh-keyscan) and the connection that trusts it. With no pin, ssh accepts the key it is shown
 * (StrictHostKeyChecking=accept-new: trust on first use) and writes the line, which is read back.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SshAccess {
  /** GIT_SSH_COMMAND: git runs it through a shell, so each part is quoted. */
  command: string;
  /** The host key line(s) now in the known-hosts file: the pin given, or what ssh accepted. */
  seenHostKey(): Promise<string | null>;
}

export async function sshAccess(options: { workDir: string; hostKey: string | null; keyFile: string | null; secret: string | null }): Promise<SshAccess> {
  const knownHosts = join(options.workDir, 'known_hosts');
  // Written anew each time: only the pin this target holds now is trusted, nothing an earlier run learned.
  await writeFile(knownHosts, options.hostKey ? `${options.hostKey.trim()}\n` : '', { mode: 0o600 });
  const settings = [
    // With a secret, ssh asks the askpass script (git-process.ts) for the key's passphrase or the password; without, it asks nothing.
    options.secret === null ? 'BatchMode=yes' : 'NumberOfPasswordPrompts=1',
    `StrictHostKeyChecking=${options.hostKey ? 'yes' : 'accept-new'}`,
    `UserKnownHostsFile="${sshPath(knownHosts)}"`,
    'GlobalKnownHostsFile=none',
    'UpdateHostKeys=no',
    'HashKnownHosts=no',
    'CheckHostIP=no',
    'ConnectTimeout=30',
    // A connection that goes quiet for a minute is dropped, so a lost network ends the push instead of hanging it.
    'ServerAliveInterval=15',
    'ServerAliveCountMax=4',
  ];
  const parts = ['ssh', ...settings.flatMap((setting) => ['-o', setting])];
  if (options.keyFile) parts.push('-i', sshPath(options.keyFile), '-o', 'IdentitiesOnly=yes');
  return {
    command: parts.map(shellQuote).join(' '),
    async seenHostKey() {
      const lines = (await readFile(knownHosts, 'utf8'))
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'));
      return lines.length ? lines.join('\n') : null;
    },
  };
}

/** ssh expands `%` tokens in file names: a `%` in a folder name is kept as it is. */
const sshPath = (path: string) => path.replaceAll('%', '%%');

const shellQuote = (part: string) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replaceAll("'", `'\\''`)}'`);
