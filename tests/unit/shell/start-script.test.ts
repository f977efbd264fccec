import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findElectronBinary, missingElectronMessage, runsAsRoot } from '../../../scripts/electron-binary.mjs';
import { tempDir } from '../../support/temp-journal';

const root = resolve(import.meta.dirname, '../../..');
let cleanup = () => {};
afterEach(() => {
  cleanup();
  delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
});

/** A folder standing in for node_modules/electron/dist (ELECTRON_OVERRIDE_DIST_PATH, as the electron package honours it). */
function fakeElectronDist(script?: string): string {
  const t = tempDir('dramalog-fake-electron-');
  cleanup = t.cleanup;
  if (script !== undefined) {
    writeFileSync(join(t.dir, 'electron'), `#!/bin/sh\n${script}\n`);
    chmodSync(join(t.dir, 'electron'), 0o755);
  }
  return t.dir;
}

// `npm start` opens the browser instead (tests/unit/server/npm-start.test.ts); `npm run dev` needs the window.
describe('npm run dev without a runnable Electron', () => {
  test('prints one line saying what is missing and what to do, and exits 1', () => {
    const dist = fakeElectronDist();
    const run = spawnSync(process.execPath, ['scripts/start.mjs', '--dev'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist },
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `Dramalog needs Electron's binary, which is not installed here (${join(dist, 'electron')} is missing): ` +
        'run "npx electron --version" with internet access, or reinstall with ELECTRON_MIRROR set. The CLI works without it: npx dramalog --help',
    );
  });
});

describe.skipIf(process.platform === 'win32')("finding Electron's binary without the electron package downloading it", () => {
  test('a binary that answers --version is found', () => {
    process.env.ELECTRON_OVERRIDE_DIST_PATH = fakeElectronDist('echo v45.4.1');
    expect(findElectronBinary(root)).toEqual({ ok: true, path: join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron'), version: 'v45.4.1' });
  });

  test('a binary that cannot start is reported with what it said', () => {
    process.env.ELECTRON_OVERRIDE_DIST_PATH = fakeElectronDist('echo "error while loading shared libraries: libnss3.so" >&2; exit 127');
    const found = findElectronBinary(root);
    expect(found).toMatchObject({ ok: false, problem: 'broken', reason: expect.stringContaining('exit 127: error while loading shared libraries: libnss3.so') });
    if (!found.ok) expect(missingElectronMessage(found)).toMatch(/^Dramalog needs Electron's binary, which cannot run here \(.*libnss3/);
  });
});

describe('npm start as root', () => {
  test("root is uid 0; Windows (no uid) never is", () => {
    expect(runsAsRoot(0)).toBe(true);
    expect(runsAsRoot(1000)).toBe(false);
    expect(runsAsRoot(null)).toBe(false);
  });

  test("a binary that refuses root gets advice about root, not about system libraries", () => {
    const message = missingElectronMessage({
      problem: 'broken',
      reason: 'electron does not run (exit 1: Running as root without --no-sandbox is not supported. See https://crbug.com/638180.)',
    });
    expect(message).toContain('as your own user rather than root');
    expect(message).not.toContain('apt-get');
  });

  test.skipIf(process.platform === 'win32')('the probe passes --no-sandbox when running as root, and start.mjs hands electron-vite --noSandbox', () => {
    const start = readFileSync(join(root, 'scripts', 'start.mjs'), 'utf8');
    expect(start).toContain("asRoot ? ['--noSandbox'] : []");
    // electron-vite turns its --noSandbox flag into Electron's --no-sandbox.
    const cli = readFileSync(join(root, 'node_modules', 'electron-vite', 'dist', 'cli.js'), 'utf8');
    expect(cli).toMatch(/--noSandbox/);
    if (!runsAsRoot()) return;
    process.env.ELECTRON_OVERRIDE_DIST_PATH = fakeElectronDist('case "$*" in *--no-sandbox*) echo v45.4.1;; *) echo "Running as root without --no-sandbox is not supported" >&2; exit 1;; esac');
    expect(findElectronBinary(root)).toMatchObject({ ok: true, version: 'v45.4.1' });
  });
});
