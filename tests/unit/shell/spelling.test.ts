import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SHELL_PREFERENCES, loadShellPreferences, saveShellPreferences } from '../../../src-main/shell/shell-preferences';
import { applySpellingPolicy, NO_DICTIONARY_DOWNLOADS, spellingPolicy } from '../../../src-main/shell/spelling';
import { tempDir } from '../../support/temp-journal';

function fakeSession() {
  const calls: string[] = [];
  return {
    calls,
    session: {
      setSpellCheckerEnabled: (enabled: boolean) => calls.push(`enabled=${enabled}`),
      setSpellCheckerDictionaryDownloadURL: (url: string) => calls.push(`download from ${url}`),
    },
  };
}

describe('the spellchecker sends nothing anywhere unless the user allows it', () => {
  test('on Linux and Windows it is off, and the dictionary download points nowhere, until allowed', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const fake = fakeSession();
      const policy = spellingPolicy(platform, false);
      applySpellingPolicy(fake.session, policy);
      expect(policy.downloadIsAChoice).toBe(true);
      expect(fake.calls).toEqual([`download from ${NO_DICTIONARY_DOWNLOADS}`, 'enabled=false']);
      expect(new URL(NO_DICTIONARY_DOWNLOADS).hostname).toBe('127.0.0.1');
    }
  });

  test('allowed, it checks spelling with the dictionaries Electron downloads', () => {
    const fake = fakeSession();
    applySpellingPolicy(fake.session, spellingPolicy('linux', true));
    expect(fake.calls).toEqual(['enabled=true']);
  });

  test("on macOS it uses the system's dictionaries: always on, no choice to offer", () => {
    const fake = fakeSession();
    const policy = spellingPolicy('darwin', false);
    applySpellingPolicy(fake.session, policy);
    expect(policy.downloadIsAChoice).toBe(false);
    expect(fake.calls).toEqual(['enabled=true']);
  });
});

describe("the shell's preferences file", () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  test('missing, unreadable or malformed, it means the defaults: no downloads', () => {
    const t = tempDir('dramalog-prefs-');
    cleanup = t.cleanup;
    const file = join(t.dir, 'preferences.json');
    expect(loadShellPreferences(file)).toEqual(DEFAULT_SHELL_PREFERENCES);
    expect(DEFAULT_SHELL_PREFERENCES.downloadSpellingDictionaries).toBe(false);
    for (const text of ['', '{', 'null', '[]', '{"downloadSpellingDictionaries":"yes"}', '{"downloadSpellingDictionaries":1}']) {
      writeFileSync(file, text);
      expect(loadShellPreferences(file), text).toEqual({ downloadSpellingDictionaries: false });
    }
  });

  test('a saved choice is read back', () => {
    const t = tempDir('dramalog-prefs-');
    cleanup = t.cleanup;
    const file = join(t.dir, 'sub', 'preferences.json');
    saveShellPreferences(file, { downloadSpellingDictionaries: true });
    expect(loadShellPreferences(file)).toEqual({ downloadSpellingDictionaries: true });
    saveShellPreferences(file, { downloadSpellingDictionaries: false });
    expect(loadShellPreferences(file)).toEqual({ downloadSpellingDictionaries: false });
  });
});
