import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
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
