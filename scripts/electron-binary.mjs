// Finds Electron's executable without requiring the `electron` package: its index.js
// downloads the binary when it is missing, and throws where there is no internet.
// Used by scripts/start.mjs and the Electron end-to-end test.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const VERSION_TIMEOUT_MS = 15_000;

/**
 * @returns {{ ok: true, path: string, version: string } | { ok: false, problem: 'missing' | 'broken', reason: string }}
 *   `reason` says what is wrong, e.g. "node_modules/electron/dist is missing".
 */
export function findElectronBinary(root = projectRoot) {
  let packageDir;
  try {
    packageDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { ok: false, problem: 'missing', reason: 'the electron package is not installed; run npm install' };
  }
  const shown = (path) => {
    const inside = relative(root, path);
    return inside && !inside.startsWith('..') ? inside : path;
  };
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const distDir = override || join(packageDir, 'dist');
  if (!override && (!executable || !existsSync(distDir))) return { ok: false, problem: 'missing', reason: `${shown(distDir)} is missing` };
  const binary = join(distDir, executable || 'electron');
  if (!existsSync(binary)) return { ok: false, problem: 'missing', reason: `${shown(binary)} is missing` };

  const probe = spawnSync(binary, ['--version', ...(runsAsRoot() ? ['--no-sandbox'] : [])], {
    encoding: 'utf8',
    timeout: VERSION_TIMEOUT_MS,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined },
  });
  if (probe.error) return { ok: false, problem: 'broken', reason: `${shown(binary)} does not run (${probe.error.message})` };
  if (probe.status !== 0) {
    const said = `${probe.stderr ?? ''}`.trim().split('\n')[0];
    return { ok: false, problem: 'broken', reason: `${shown(binary)} does not run (exit ${probe.status ?? probe.signal}${said ? `: ${said}` : ''})` };
  }
  return { ok: true, path: binary, version: `${probe.stdout}`.trim() };
}

/**
 * Whether this process runs as root (uid 0). Chromium's sandbox refuses to start as
 * root ("Running as root without --no-sandbox is not supported"), so `npm start`
 * passes --no-sandbox there and says so. Windows has no uid: never root.
 */
export function runsAsRoot(uid = process.getuid ? process.getuid() : null) {
  return uid === 0;
}

/** The line `npm start` prints before starting Electron as root. */
export const ROOT_NO_SANDBOX_NOTE =
  "Dramalog is running as root, where Chromium's sandbox cannot start: starting Electron with --no-sandbox. " +
  'Run "npm start" as your own user to keep the sandbox.';

/** The one line `npm start` prints when it cannot launch the app. */
export function missingElectronMessage({ problem, reason }) {
  const advice =
    problem !== 'broken'
      ? 'run "npx electron --version" with internet access, or reinstall with ELECTRON_MIRROR set'
      : /no-sandbox|as root/i.test(reason)
        ? 'run "npm start" as your own user rather than root (Chromium\'s sandbox does not run as root)'
        : "install the system libraries Electron needs (on Debian/Ubuntu: apt-get install libnss3 libgtk-3-0 libasound2 libgbm1) and run it where there is a display";
  return (
    `Dramalog needs Electron's binary, which ${problem === 'broken' ? 'cannot run' : 'is not installed'} here (${reason}): ${advice}. ` +
    'The CLI works without it: npx dramalog --help'
  );
}
