import { defineConfig } from '@playwright/test';

/**
 * Two layers of end-to-end tests:
 * - chromium: the built renderer in Debian's Chromium, its preload API bridged to the real journal core;
 * - electron: the built app itself, where Electron's binary can run (skipped with the reason elsewhere).
 * Both expect `npm run build` to have run (`npm test` does it first).
 */
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright',
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
