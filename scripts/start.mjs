#!/usr/bin/env node
// `npm start`: builds the app and opens it (electron-vite preview).
// `npm run dev`: opens it with hot reload (electron-vite dev).
// Arguments after `--` reach the app, e.g. `npm start -- --db ~/dramas.sqlite`.
// Where Electron's binary is missing or cannot run, says so in one line and exits 1.
// As root (where Chromium's sandbox cannot start) it passes --no-sandbox and says so.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findElectronBinary, missingElectronMessage, projectRoot, ROOT_NO_SANDBOX_NOTE, runsAsRoot } from './electron-binary.mjs';

const args = process.argv.slice(2);
const dev = args[0] === '--dev';
const appArgs = dev ? args.slice(1) : args;

const electron = findElectronBinary();
if (!electron.ok) {
  console.error(missingElectronMessage(electron));
  process.exit(1);
}

const electronVite = join(
  createRequire(join(projectRoot, 'package.json')).resolve('electron-vite/package.json'),
  '..',
  'bin',
  'electron-vite.js',
);
const asRoot = runsAsRoot();
if (asRoot) console.error(ROOT_NO_SANDBOX_NOTE);
const command = [
  electronVite,
  dev ? 'dev' : 'preview',
  // electron-vite's own flag: it adds --no-sandbox to Electron's command line.
  ...(asRoot ? ['--noSandbox'] : []),
  ...(appArgs.length ? ['--', ...appArgs] : []),
];
const child = spawn(process.execPath, command, {
  cwd: projectRoot,
  stdio: 'inherit',
  // electron-vite launches this binary instead of asking the electron package for one.
  env: { ...process.env, ELECTRON_EXEC_PATH: electron.path },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
