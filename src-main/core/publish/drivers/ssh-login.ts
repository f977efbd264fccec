/**
 * How Dramalog logs in to an SSH server and names the server's identity: the ways to log in, in
 * the order OpenSSH's client tries them, and the host key's fingerprint as `ssh-keygen -l` prints it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { AnyAuthMethod, ParsedKey } from 'ssh2';
import { JournalError } from '../../common/errors';

/** OpenSSH's fingerprint of a host key (its wire form): `SHA256:` and the unpadded base64 of its SHA-256. */
export function sshFingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** The keys OpenSSH's client offers when none is named, most preferred first. */
const USUAL_KEYS = ['id_ed25519', 'id_ecdsa', 'id_rsa'];

export interface Login {
  methods: AnyAuthMethod[];
  /** What was offered, in words for "the server refused …": `the password`, `the key in ~/x`. */
  offered: string[];
}

/**
 * The ways to log in as `username`: the SSH agent, the named key file (else ~/.ssh's usual keys),
 * then `secret` as the password, unless it was the passphrase that opened a key: a passphrase is
 * never sent to the server.
 */
export async function sshLogin(username: string, secret: string | null, keyFile: string | null): Promise<Login> {
  const methods: AnyAuthMethod[] = [];
  const offered: string[] = [];
  const agent = process.env.SSH_AUTH_SOCK;
  if (agent) {
    methods.push({ type: 'agent', username, agent });
    offered.push('the keys in your SSH agent');
  }
  let secretOpenedAKey = false;
  const files = keyFile !== null ? [keyFile] : USUAL_KEYS.map((name) => join(homedir(), '.ssh', name));
  for (const file of files) {
    const key = await readKey(file, secret, keyFile !== null);
    if (!key) continue;
    secretOpenedAKey ||= key.openedWithSecret;
    methods.push({ type: 'publickey', username, key: key.parsed });
    offered.push(`the key in ${file}`);
  }
  if (secret !== null && !secretOpenedAKey) {
    methods.push({ type: 'password', username, password: secret });
    offered.push('the password');
  }
  return { methods, offered };
}

/**
 * A private key read from `file`, opened with `secret` when it is locked; null for one of the
 * usual keys that is missing or cannot be opened (OpenSSH skips those too). A key file the user
 * named must open.
 */
async function readKey(file: string, secret: string | null, named: boolean): Promise<{ parsed: ParsedKey; openedWithSecret: boolean } | null> {
  let text: Buffer;
  try {
    text = await readFile(file);
  } catch (error) {
    if (!named) return null;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new JournalError('not-found', `There is no key file at ${file}.`, { field: 'keyFile' });
    throw new JournalError('forbidden', `Dramalog may not read the key file ${file} (${code ?? String(error)}).`, { field: 'keyFile' });
  }
  // Loaded here, not at the top: ssh2 and the publish clients are left out of the CLI's bundle, and a
  // bundle's static imports of them would load them at every start. ssh2 is CommonJS whose `utils`
  // Node's ES module loader cannot see as a named export: taken from the default export.
  const { utils } = (await import('ssh2')).default;
  const plain = first(utils.parseKey(text));
  if (!(plain instanceof Error)) return { parsed: plain, openedWithSecret: false };
  const unlocked = secret === null ? plain : first(utils.parseKey(text, secret));
  if (!(unlocked instanceof Error)) return { parsed: unlocked, openedWithSecret: true };
  if (!named) return null;
  if (/passphrase|encrypt|decrypt|bad/i.test(plain.message)) {
    throw new JournalError(
      'auth-failed',
      secret === null
        ? `The key file ${file} is locked with a passphrase; give its passphrase as the password.`
        : `The passphrase given does not open the key file ${file}.`,
      { field: 'keyFile' },
    );
  }
  throw new JournalError('invalid-input', `${file} is not a private key Dramalog can read (${plain.message}).`, { field: 'keyFile' });
}

// OpenSSH's newer key format can hold several keys; its tools only ever write one.
const first = (key: ParsedKey | ParsedKey[] | Error): ParsedKey | Error => (Array.isArray(key) ? key[0] : key);
