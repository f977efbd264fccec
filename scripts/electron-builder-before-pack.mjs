// electron-builder's beforePack hook: refuses to package without the better-sqlite3
// build for this Electron, OS and CPU (scripts/build-electron-native.mjs), since a
// package without it cannot open any journal.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const nativeDir = join(projectRoot, 'node_modules', '.dramalog-native', 'electron');
// electron-builder's Arch enum, by value.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export default async function beforePack(context) {
  const platform = context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  const electronVersion = JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const binary = join(nativeDir, 'better_sqlite3.node');
  let built = null;
  try {
    built = JSON.parse(readFileSync(join(nativeDir, 'build.json'), 'utf8'));
  } catch {
    /* reported below */
  }
  const rebuild = 'Run "node scripts/build-electron-native.mjs --force" (it needs internet access) on the platform you package for.';
  if (!existsSync(binary) || !built) {
    throw new Error(`better-sqlite3 has not been built for Electron (${binary} is missing), so the package could not open a journal. ${rebuild}`);
  }
  if (built.platform !== platform || built.arch !== arch || built.electron !== electronVersion) {
    throw new Error(
      `better-sqlite3 was built for Electron ${built.electron} on ${built.platform}-${built.arch}, but this package is Electron ${electronVersion} on ${platform}-${arch}. ${rebuild}`,
    );
  }
}
