import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { JournalError } from '../core/common/errors';
import { renameDurably } from '../core/fs/durable';
import type { Host } from '../core/ipc/host';

/** What Dramalog uses of Electron's `safeStorage` (tests pass a fake: this file imports no Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which keychain encrypts; `basic_text` means none (a key written in Chromium's source). */
  getSelectedStorageBackend?(): string;
}

/**
 * Publish passwords in the desktop app: each encrypted with the OS keychain (Electron's
 * safeStorage: Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux) and
 * written, encrypted, to `file` in the app's own data folder (mode 0600), never to the journal.
 * Where the keychain cannot encrypt (Linux with no Secret Service, where safeStorage falls back
 * to a key anyone can read in Chromium's source), nothing is written: the password is kept in
 * memory until the app quits, and `keepPublishSecret` says so through `onlyForThisSession`.
 */
export function keychainSecrets(
  safeStorage: SafeStorageLike,
  file: string,
  platform: NodeJS.Platform = process.platform,
): Pick<Host, 'publishSecret' | 'keepPublishSecret' | 'secretPlace'> & { onlyForThisSession(): boolean } {
  const session = new Map<string, string>();
  const onlyForThisSession = () =>
    !safeStorage.isEncryptionAvailable() || (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text');
  const read = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {}; // A damaged file holds nothing usable: the user is asked for the password again.
    }
  };
  const write = (secrets: Record<string, string>) => {
    const part = `${file}.part`;
    writeFileSync(part, JSON.stringify(secrets), { mode: 0o600 });
    chmodSync(part, 0o600);
    renameDurably(part, file);
  };
  return {
    onlyForThisSession,
    secretPlace: () => (onlyForThisSession() ? 'app-session' : 'keychain'),
    async publishSecret(secretId) {
      if (session.has(secretId)) return session.get(secretId)!;
      const encrypted = read()[secretId];
      if (!encrypted || onlyForThisSession()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(encrypted, 'base64'));
      } catch {
        return null; // Encrypted by another keychain (a copied profile): asked for again.
      }
    },
    async keepPublishSecret(secretId, secret) {
      const secrets = read();
      session.delete(secretId);
      if (secret === null) {
        if (secretId in secrets) {
          delete secrets[secretId];
          write(secrets);
        }
        return;
      }
      if (onlyForThisSession()) {
        session.set(secretId, secret);
        return;
      }
      try {
        secrets[secretId] = safeStorage.encryptString(secret).toString('base64');
      } catch (error) {
        throw new JournalError('forbidden', `Your system's keychain would not keep the password (${(error as Error).message}).`, { field: 'secret' });
      }
      write(secrets);
    },
  };
}
