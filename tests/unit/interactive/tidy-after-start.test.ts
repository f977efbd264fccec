import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { importReview } from '../../../src-main/core/house-format/import';
import { tidyAfterStart } from '../../../src-main/core/interactive/tidy-after-start';
import { exportSite } from '../../../src-main/core/site/export-site';
import { readReference } from '../../fixtures/fixtures';
import { openTempJournal, tempDir } from '../../support/temp-journal';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A process id that surely belongs to no running process: one that has just ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

test("at start, a killed export's working folder beside the remembered site is cleared, and the site is left whole", async () => {
  const t = openTempJournal();
  cleanups.push(t.cleanup);
  importReview(t.journal, readReference());
  const { dir, cleanup } = tempDir('dramalog-tidy-');
  cleanups.push(cleanup);
  const site = join(dir, 'site');
  await exportSite(t.journal, site);
  t.journal.settings.rememberSitePlace({ folder: site, includeDrafts: false });
  const before = readdirSync(site).sort();
  // What an export killed before its swap began leaves: its working folder, marked with its (dead) process.
  const working = join(dir, '.site.dramalog-update-killed');
  mkdirSync(join(working, 'new'), { recursive: true });
  writeFileSync(join(working, '.dramalog-staging'), String(deadPid()));
  writeFileSync(join(working, 'new', 'index.html'), '<p>half an export</p>');

  const problems: string[] = [];
  tidyAfterStart(t.journal, (what) => problems.push(what));

  expect(problems).toEqual([]);
  expect(existsSync(working), 'the working folder is gone').toBe(false);
  expect(readdirSync(site).sort()).toEqual(before);
  expect(readdirSync(dir)).toEqual(['site']);
});

test('a remembered folder that is gone is no problem at start; nothing is reported and nothing is made', () => {
  const t = openTempJournal();
  cleanups.push(t.cleanup);
  const { dir, cleanup } = tempDir('dramalog-tidy-');
  cleanups.push(cleanup);
  t.journal.settings.rememberSitePlace({ folder: join(dir, 'moved-away'), includeDrafts: false });
  const problems: string[] = [];
  tidyAfterStart(t.journal, (what) => problems.push(what));
  expect(problems).toEqual([]);
  expect(readdirSync(dir)).toEqual([]);
});
