#!/usr/bin/env node
// npm's postinstall: gets a better_sqlite3.node built for the installed Electron's ABI
// and puts it in node_modules/.dramalog-native/electron/, where the app (unpackaged) and
// electron-builder (extraResources) pick it up. node_modules/better-sqlite3/build, which
// plain Node (the CLI, the tests) loads, is never touched: the work happens on a copy.
//
// First a prebuilt binary (prebuild-install, which ships with better-sqlite3), else a
// compile against Electron's headers (node-gyp). Either can fail without internet access;
// then this prints one line saying so and exits 0, so `npm install` still succeeds.
//
//   node scripts/build-electron-native.mjs           build unless already built for this Electron
//   node scripts/build-electron-native.mjs --force   build again
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
// Keep in step with DEV_NATIVE_BINDING in src-main/shell/native-binding.ts.
const outputDir = join(projectRoot, 'node_modules', '.dramalog-native', 'electron');
const output = join(outputDir, 'better_sqlite3.node');
const stampFile = join(outputDir, 'build.json');
const logFile = join(outputDir, 'build.log');

const PREBUILT_TIMEOUT_MS = 2 * 60_000;
const COMPILE_TIMEOUT_MS = 15 * 60_000;
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

const say = (line) => console.log(`dramalog: ${line}`);
const force = process.argv.includes('--force');

const electron = readPackage('electron');
const sqlite = readPackage('better-sqlite3');
if (!electron) {
  say('Electron is not installed (a production install?), so better-sqlite3 is not built for it; the CLI does not need it.');
  process.exit(0);
}
if (!sqlite) {
  say('better-sqlite3 is not installed; nothing to build for Electron.');
  process.exit(0);
}

const wanted = { electron: electron.version, betterSqlite3: sqlite.version, platform: process.platform, arch: process.arch };
if (!force && existsSync(output) && sameBuild(readStamp(), wanted)) {
  say(`better-sqlite3 ${sqlite.version} for Electron ${electron.version} is already built (${rel(output)}).`);
  process.exit(0);
}

mkdirSync(outputDir, { recursive: true });
writeFileSync(logFile, `better-sqlite3 ${sqlite.version} for Electron ${electron.version} (${process.platform}-${process.arch})\n`);
const work = mkdtempSync(join(tmpdir(), 'dramalog-electron-sqlite-'));
let exitLine;
try {
  exitLine = await build();
} catch (error) {
  exitLine = `could not build better-sqlite3 for Electron ${electron.version}: ${error.message}. The CLI and the tests work; the desktop app needs it.`;
} finally {
  rmSync(work, { recursive: true, force: true });
}
say(exitLine);
process.exit(0);

async function build() {
  const copy = join(work, 'better-sqlite3');
  // The sources and deps only: a stale build/ could pass for a fresh result.
  cpSync(sqlite.dir, copy, { recursive: true, filter: (source) => relative(sqlite.dir, source).split(/[\\/]/)[0] !== 'build' });
  const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
  const how =
    ((await attempt('prebuilt binary', prebuildInstallCommand(), copy, PREBUILT_TIMEOUT_MS)) && existsSync(built) && 'a prebuilt binary') ||
    ((await attempt('compile', nodeGypCommand(), copy, COMPILE_TIMEOUT_MS)) && existsSync(built) && "a compile against Electron's headers");
  if (how && statSync(built).size > 0) {
    const partial = `${output}.partial-${process.pid}`;
    cpSync(built, partial);
    renameSync(partial, output);
    writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
    return `built better-sqlite3 ${sqlite.version} for Electron ${electron.version} from ${how}: ${rel(output)}`;
  }
  rmSync(output, { force: true });
  rmSync(stampFile, { force: true });
  return (
    `could not get better-sqlite3 for Electron ${electron.version} (no prebuilt binary could be downloaded and node-gyp could not build one; details in ${rel(logFile)}). ` +
    'The CLI and the tests work; the desktop app needs it: run "node scripts/build-electron-native.mjs" with internet access.'
  );
}

function readPackage(name) {
  try {
    const require = createRequire(join(projectRoot, 'package.json'));
    // The package.json only: requiring `electron` itself would start a download.
    const file = require.resolve(`${name}/package.json`);
    return { dir: dirname(file), version: JSON.parse(readFileSync(file, 'utf8')).version };
  } catch {
    return null;
  }
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
}

function sameBuild(a, b) {
  return a !== null && Object.keys(b).every((key) => a[key] === b[key]);
}

function rel(path) {
  return relative(process.cwd(), path) || path;
}

function prebuildInstallCommand() {
  let bin;
  try {
    // better-sqlite3's own prebuild-install, resolved from the original (the copy has no node_modules around it).
    bin = createRequire(join(sqlite.dir, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    return null;
  }
  return [
    process.execPath,
    [bin, '--runtime', 'electron', '--target', electron.version, '--arch', process.arch, '--platform', process.platform, '--verbose'],
  ];
}

function nodeGypCommand() {
  let bin;
  try {
    bin = createRequire(join(projectRoot, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
  } catch {
    bin = process.env.npm_config_node_gyp; // the node-gyp npm itself ships
  }
  if (!bin) return null;
  return [
    process.execPath,
    [
      bin,
      'rebuild',
      '--release',
      `--target=${electron.version}`,
      `--arch=${process.arch}`,
      `--dist-url=${ELECTRON_HEADERS_URL}`,
      // Electron's headers cached apart from Node's, as Electron's docs suggest.
      `--devdir=${join(homedir(), '.electron-gyp')}`,
    ],
  ];
}

/** Runs one attempt with a deadline, its output going to the log. Resolves true on exit status 0. */
function attempt(label, command, cwd, timeoutMs) {
  if (!command) {
    log(`\n--- ${label}: not available\n`);
    return Promise.resolve(false);
  }
  const [file, args] = command;
  log(`\n--- ${label}: ${[file, ...args].join(' ')}\n`);
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    child.stdout.on('data', log);
    child.stderr.on('data', log);
    const timer = setTimeout(() => {
      log(`\n--- ${label}: gave up after ${timeoutMs / 1000} s\n`);
      try {
        // The whole process group: node-gyp runs make, which runs the compiler.
        if (process.platform === 'win32') child.kill();
        else process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      log(`\n--- ${label}: ${error.message}\n`);
      resolve(false);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      log(`\n--- ${label}: exit ${code ?? signal}\n`);
      resolve(code === 0);
    });
  });
}

/**
 * npm hands its config to scripts as npm_config_* variables. Some would quietly turn an
 * Electron build into a Node one (nodedir, target, runtime, disturl), so only the
 * network settings pass through.
 */
function childEnv() {
  const keep = new Set(['npm_config_proxy', 'npm_config_https_proxy', 'npm_config_noproxy', 'npm_config_cafile', 'npm_config_strict_ssl']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_') || keep.has(key.toLowerCase())));
}

function log(chunk) {
  writeFileSync(logFile, chunk, { flag: 'a' });
}
