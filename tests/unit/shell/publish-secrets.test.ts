import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { keychainSecrets, type SafeStorageLike } from '../../../src-main/shell/publish-secrets';
import { tempDir } from '../../support/temp-journal';

/**
 * Electron's safeStorage played by a cipher of its own: what it writes is not the password, and
 * only the same "keychain" (the same `key`) reads it back.
 */
function fakeSafeStorage(options: { available?: boolean; backend?: string; key?: number; refuses?: boolean } = {}): SafeStorageLike {
  const key = options.key ?? 0x5a;
  const mark = Buffer.from(`v10:${key}:`);
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString(plainText) {
      if (options.refuses) throw new Error('the keyring is locked');
      return Buffer.concat([mark, Buffer.from(Buffer.from(plainText, 'utf8').map((byte) => byte ^ key))]);
    },
    decryptString(encrypted) {
      if (!encrypted.subarray(0, mark.length).equals(mark)) throw new Error('not encrypted with this key');
      return Buffer.from(encrypted.subarray(mark.length).map((byte) => byte ^ key)).toString('utf8');
    },
  };
}

const PASSWORD = 'correct horse battery staple';

let dir: string;
let cleanup: () => void;
let file: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('dramalog-secrets-'));
  file = join(dir, 'publish-secrets.json');
});
afterEach(() => cleanup());

describe('with a keychain that encrypts', () => {
  test('a kept password is read back after a restart of the app, and only by the same keychain', async () => {
    await keychainSecrets(fakeSafeStorage(), file, 'linux').keepPublishSecret('target-1', PASSWORD);

    expect(await keychainSecrets(fakeSafeStorage(), file, 'linux').publishSecret('target-1')).toBe(PASSWORD);
    expect(await keychainSecrets(fakeSafeStorage(), file, 'linux').publishSecret('target-2')).toBeNull();
    // A profile copied to another computer: its keychain cannot read it, so the password is asked for again.
    expect(await keychainSecrets(fakeSafeStorage({ key: 0x33 }), file, 'linux').publishSecret('target-1')).toBeNull();
  });

  test('the file holds no password in plain text, in any spelling, and only its owner may read it', async () => {
    await keychainSecrets(fakeSafeStorage(), file, 'darwin').keepPublishSecret('target-1', PASSWORD);
    const written = readFileSync(file, 'utf8');
    expect(written).not.toContain(PASSWORD);
    expect(written).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    expect(written).not.toContain('horse');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.part`), 'no part file left beside it').toBe(false);
  });

  test('forgetting a password removes it from the file and leaves the others', async () => {
    const secrets = keychainSecrets(fakeSafeStorage(), file, 'linux');
    await secrets.keepPublishSecret('target-1', PASSWORD);
    await secrets.keepPublishSecret('target-2', 'another one');
    await secrets.keepPublishSecret('target-1', null);

    expect(await secrets.publishSecret('target-1')).toBeNull();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object)).toEqual(['target-2']);
    expect(await keychainSecrets(fakeSafeStorage(), file, 'linux').publishSecret('target-2')).toBe('another one');
  });

  test('a new password replaces the old one', async () => {
    const secrets = keychainSecrets(fakeSafeStorage(), file, 'win32');
    await secrets.keepPublishSecret('target-1', 'old');
    await secrets.keepPublishSecret('target-1', PASSWORD);
    expect(await keychainSecrets(fakeSafeStorage(), file, 'win32').publishSecret('target-1')).toBe(PASSWORD);
  });

  test('a keychain that refuses to encrypt is said in plain words, about the password field, and nothing is written', async () => {
    const keeping = keychainSecrets(fakeSafeStorage({ refuses: true }), file, 'darwin').keepPublishSecret('target-1', PASSWORD);
    await expect(keeping).rejects.toMatchObject({ code: 'forbidden', field: 'secret', message: expect.stringContaining('keychain would not keep the password') });
    expect(existsSync(file)).toBe(false);
  });

  test('a damaged file reads as no password, and the next password kept writes a good file', async () => {
    writeFileSync(file, '{"target-1": "djEwOjkwO', { mode: 0o600 });
    const secrets = keychainSecrets(fakeSafeStorage(), file, 'linux');
    expect(await secrets.publishSecret('target-1')).toBeNull();

    await secrets.keepPublishSecret('target-2', PASSWORD);
    expect(await keychainSecrets(fakeSafeStorage(), file, 'linux').publishSecret('target-2')).toBe(PASSWORD);
  });
});

describe('where nothing can be encrypted safely', () => {
  test("on Linux with no keyring (safeStorage's basic_text), a password is kept for this session only and never written", async () => {
    const safeStorage = fakeSafeStorage({ backend: 'basic_text' });
    const secrets = keychainSecrets(safeStorage, file, 'linux');
    expect(secrets.onlyForThisSession()).toBe(true);
    // The forms say so: "kept only until Dramalog quits".
    expect(secrets.secretPlace()).toBe('app-session');
    expect(keychainSecrets(fakeSafeStorage(), file, 'linux').secretPlace()).toBe('keychain');
    await secrets.keepPublishSecret('target-1', PASSWORD);

    expect(await secrets.publishSecret('target-1')).toBe(PASSWORD);
    expect(existsSync(file), 'nothing on disk').toBe(false);
    expect(await keychainSecrets(safeStorage, file, 'linux').publishSecret('target-1'), 'gone after a restart').toBeNull();

    await secrets.keepPublishSecret('target-1', null);
    expect(await secrets.publishSecret('target-1')).toBeNull();
  });

  test('a password written by a keyring is not read through basic_text (which could not have written it)', async () => {
    await keychainSecrets(fakeSafeStorage(), file, 'linux').keepPublishSecret('target-1', PASSWORD);
    expect(await keychainSecrets(fakeSafeStorage({ backend: 'basic_text' }), file, 'linux').publishSecret('target-1')).toBeNull();
  });

  test('basic_text means a real keychain on macOS and Windows: only Linux falls back to the session', () => {
    expect(keychainSecrets(fakeSafeStorage({ backend: 'basic_text' }), file, 'darwin').onlyForThisSession()).toBe(false);
    expect(keychainSecrets(fakeSafeStorage({ backend: 'basic_text' }), file, 'linux').onlyForThisSession()).toBe(true);
  });

  test('with encryption not available at all, a password is kept for the session only', async () => {
    const secrets = keychainSecrets(fakeSafeStorage({ available: false }), file, 'win32');
    await secrets.keepPublishSecret('target-1', PASSWORD);
    expect(await secrets.publishSecret('target-1')).toBe(PASSWORD);
    expect(existsSync(file)).toBe(false);
  });
});
