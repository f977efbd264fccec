#!/usr/bin/env node
// `npm test`: lints (ESLint, with the import boundaries), builds the app, checks the
// Electron shell with Electronegativity, runs the unit tests (Vitest) and the end-to-end
// tests (Playwright: Chromium and Electron), then prints one closing line
// `N passed, N failed[, N skipped]` summed over every suite. A lint error or a new
// Electronegativity finding counts as one failed test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(`${results}/vitest.json`, { force: true });
rmSync(`${results}/playwright.json`, { force: true });
mkdirSync(results, { recursive: true });

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return status ?? 1;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;
let checksFailed = false;

/** A check that is not a test suite: one passed test when it passes, one failed when it does not. */
function check(label, command, args, failure) {
  if (run(label, command, args) === 0) {
    totals.passed += 1;
    return true;
  }
  console.error(failure);
  totals.failed += 1;
  checksFailed = true; // the exit status says so at the end; the tests still run
  return false;
}

check('lint', 'npx', ['eslint', '.'], 'ESLint found errors (npm run lint).');

if (run('build', 'npx', ['electron-vite', 'build']) !== 0 || run('CLI build', 'node', ['scripts/build-cli.mjs']) !== 0) {
  console.error('The build failed; end-to-end tests cannot run.');
  totals.failed += 1;
  exitCode = 1;
}

check(
  'Electronegativity',
  'node',
  ['scripts/electronegativity.mjs'],
  'Electronegativity found something not in electronegativity-allowed.json: fix it, or list it there with the reason it does not apply.',
);

const unitStatus = run('unit tests', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`,
]);
if (existsSync(`${results}/vitest.json`)) {
  const report = JSON.parse(readFileSync(`${results}/vitest.json`, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (unitStatus !== 0 && !report.numFailedTests) totals.failed += 1; // e.g. a file that failed to load
} else if (unitStatus !== 0) totals.failed += 1;
if (unitStatus !== 0) exitCode = 1;

if (exitCode === 0 || process.env.DRAMALOG_E2E_AFTER_FAILURE) {
  const e2eStatus = run('end-to-end tests', 'npx', ['playwright', 'test']);
  if (existsSync(`${results}/playwright.json`)) {
    const { stats } = JSON.parse(readFileSync(`${results}/playwright.json`, 'utf8'));
    totals.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
    totals.failed += stats?.unexpected ?? 0;
    totals.skipped += stats?.skipped ?? 0;
    if (e2eStatus !== 0 && !stats?.unexpected) totals.failed += 1;
  } else if (e2eStatus !== 0) totals.failed += 1;
  if (e2eStatus !== 0) exitCode = 1;
}

if (checksFailed) exitCode = 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(exitCode);
