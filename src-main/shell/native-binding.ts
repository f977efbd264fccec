import { join } from 'node:path';

/**
 * Where scripts/build-electron-native.mjs (npm's postinstall) puts better_sqlite3.node
 * built for Electron's ABI, relative to the project. Node keeps using the copy in
 * node_modules/better-sqlite3/build, so the CLI and the tests are unaffected.
 */
export const DEV_NATIVE_BINDING = ['node_modules', '.dramalog-native', 'electron', 'better_sqlite3.node'] as const;

/** In a package, electron-builder copies that file here (extraResources in electron-builder.yml). */
export const PACKAGED_NATIVE_BINDING = ['native', 'better_sqlite3.node'] as const;

export function electronNativeBinding(where: { packaged: boolean; resourcesPath: string; projectRoot: string }): string {
  return where.packaged ? join(where.resourcesPath, ...PACKAGED_NATIVE_BINDING) : join(where.projectRoot, ...DEV_NATIVE_BINDING);
}

export function missingNativeBindingMessage(path: string, packaged: boolean): string {
  return packaged
    ? `This copy of Dramalog is incomplete: its SQLite module (${path}) is missing. Reinstall Dramalog.`
    : `better-sqlite3 has not been built for Electron (${path} is missing). Run "node scripts/build-electron-native.mjs" with internet access, then start again.`;
}
