import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { APP_ID, isSupersededLoad } from '../../../src-main/shell/app-identity';
import { suggestedBackupName } from '../../../src-main/shell/backup-file-name';
import { DEV_NATIVE_BINDING, electronNativeBinding, PACKAGED_NATIVE_BINDING } from '../../../src-main/shell/native-binding';

const root = resolve(import.meta.dirname, '../../..');

test('the app loads the Electron build of better-sqlite3 from where the postinstall and electron-builder put it', () => {
  const builder = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  const extra = /extraResources:\s*\n\s*- from: (\S+)\s*\n\s*to: (\S+)/.exec(builder);
  expect(extra, 'electron-builder.yml copies the module with extraResources').not.toBeNull();
  expect(extra![1]).toBe(DEV_NATIVE_BINDING.join('/'));
  expect(extra![2]).toBe(PACKAGED_NATIVE_BINDING.join('/'));
  expect(builder).toMatch(/^npmRebuild: false$/m);

  const postinstall = readFileSync(join(root, 'scripts', 'build-electron-native.mjs'), 'utf8');
  const dir = DEV_NATIVE_BINDING.slice(0, -1).map((part) => `'${part}'`).join(', ');
  expect(postinstall).toContain(`join(projectRoot, ${dir})`);
  expect(postinstall).toContain(`'${DEV_NATIVE_BINDING.at(-1)}'`);

  expect(electronNativeBinding({ packaged: false, resourcesPath: '/ignored', projectRoot: root })).toBe(join(root, ...DEV_NATIVE_BINDING));
  expect(electronNativeBinding({ packaged: true, resourcesPath: '/opt/Dramalog/resources', projectRoot: root })).toBe(
    join('/opt/Dramalog/resources', 'native', 'better_sqlite3.node'),
  );
});

test('a backup is suggested under a dated name', () => {
  expect(suggestedBackupName(new Date(2026, 2, 9, 23, 59))).toBe('dramalog-backup-2026-03-09.sqlite');
});

test('the deb target has what electron-builder demands: a homepage, an author with an email, a maintainer', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const builder = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  expect(pkg.homepage).toMatch(/^https:\/\//);
  expect(pkg.author).toMatchObject({ name: expect.any(String), email: expect.stringMatching(/^[^@\s]+@[^@\s]+\.[a-z]+$/) });
  expect(builder).toMatch(/^ {2}maintainer: .+ <[^@\s]+@[^@\s]+>$/m);
});

test("Linux knows the app's windows: desktopName is the .desktop file electron-builder installs, and the icon ships beside the app", () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const builder = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  const executable = /^ {2}executableName: (\S+)$/m.exec(builder)?.[1];
  expect(pkg.desktopName).toBe(`${executable}.desktop`);
  expect(builder).toMatch(/- from: resources\/icon\.png\s*\n\s*to: icon\.png/);
});

test('Windows groups the windows under the same id electron-builder packages the app with', () => {
  const builder = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  expect(/^appId: (\S+)$/m.exec(builder)?.[1]).toBe(APP_ID);
});

test('the packaged binary has its risky Electron features fused off', () => {
  const builder = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  const fuses = /^electronFuses:\n((?: {2}\w+: (?:true|false)\n)+)/m.exec(builder);
  expect(fuses, 'electron-builder.yml sets electronFuses').not.toBeNull();
  const set = Object.fromEntries(fuses![1].trim().split('\n').map((line) => line.trim().split(': ')).map(([k, v]) => [k, v === 'true']));
  expect(set).toEqual({
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  });
});

test('a page load cut short by a reload is not a failure; any other load error is', () => {
  expect(isSupersededLoad(Object.assign(new Error("ERR_ABORTED (-3) loading 'app://dramalog/index.html'"), { code: 'ERR_ABORTED', errno: -3 }))).toBe(true);
  expect(isSupersededLoad(Object.assign(new Error('ERR_FILE_NOT_FOUND (-6)'), { code: 'ERR_FILE_NOT_FOUND', errno: -6 }))).toBe(false);
  expect(isSupersededLoad(new Error('boom'))).toBe(false);
  expect(isSupersededLoad(null)).toBe(false);
});
