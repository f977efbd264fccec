#!/usr/bin/env node
// `npm test`: builds the app, runs the unit tests (Vitest) and the end-to-end tests
// (Playwright: Chromium and Electron), then prints one closing line
// `N passed, N failed[, N skipped]` summed over every suite.
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

if (run('build', 'npx', ['electron-vite', 'build']) !== 0) {
  console.error('The build failed; end-to-end tests cannot run.');
  totals.failed += 1;
  exitCode = 1;
}

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

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(exitCode);
