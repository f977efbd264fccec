#!/usr/bin/env node
// `npm start`: builds the app and opens it (electron-vite preview).
// `npm run dev`: opens it with hot reload (electron-vite dev).
// Arguments after `--` reach the app, e.g. `npm start -- --db ~/dramas.sqlite`.
// Where Electron cannot open a window (its binary is missing or broken, or there is no
// display), `npm start` says why in one line and opens Dramalog in the browser instead:
// `dramalog serve --open`, after building the app if its sources changed.
// As root (where Chromium's sandbox cannot start) it passes --no-sandbox and says so.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findElectronBinary, missingElectronMessage, projectRoot, ROOT_NO_SANDBOX_NOTE, runsAsRoot } from './electron-binary.mjs';

const args = process.argv.slice(2);
const dev = args[0] === '--dev';
const appArgs = dev ? args.slice(1) : args;

const electronVite = join(
  createRequire(join(projectRoot, 'package.json')).resolve('electron-vite/package.json'),
  '..',
  'bin',
  'electron-vite.js',
);

/** Runs `child` in the foreground: signals reach it, and its exit is ours. */
function runToEnd(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = findElectronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const whyNot = !electron.ok ? electron.reason : noDisplay ? 'there is no display (DISPLAY and WAYLAND_DISPLAY are not set)' : null;

if (whyNot && dev) {
  console.error(electron.ok ? `Dramalog cannot open its window: ${whyNot}.` : missingElectronMessage(electron));
  process.exit(1);
}

if (whyNot) {
  console.error(`Dramalog cannot open its desktop window here (${whyNot}), so it opens in your web browser instead: npx dramalog serve --open`);
  if (rendererIsStale()) {
    const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  runToEnd(spawn(process.execPath, [join(projectRoot, 'bin', 'dramalog.js'), 'serve', '--open', ...appArgs], { cwd: process.cwd(), stdio: 'inherit' }));
} else {
  const asRoot = runsAsRoot();
  if (asRoot) console.error(ROOT_NO_SANDBOX_NOTE);
  const command = [
    electronVite,
    dev ? 'dev' : 'preview',
    // electron-vite's own flag: it adds --no-sandbox to Electron's command line.
    ...(asRoot ? ['--noSandbox'] : []),
    ...(appArgs.length ? ['--', ...appArgs] : []),
  ];
  runToEnd(
    spawn(process.execPath, command, {
      cwd: projectRoot,
      stdio: 'inherit',
      // electron-vite launches this binary instead of asking the electron package for one.
      env: { ...process.env, ELECTRON_EXEC_PATH: electron.path },
    }),
  );
}

/** Whether the built renderer is missing or older than a source it is built from. */
function rendererIsStale() {
  const built = join(projectRoot, 'out', 'renderer', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const newer = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const path = join(entry.parentPath, entry.name);
      return entry.isDirectory() ? newer(path) : statSync(path).mtimeMs > builtAt;
    });
  return ['src-renderer', join('src-main', 'core'), join('src-main', 'shell')].some((dir) => newer(join(projectRoot, dir)));
}
