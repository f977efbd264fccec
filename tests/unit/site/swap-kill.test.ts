/**
 * A re-export killed at any step of its swap into DIR (issue 9): the fault is
 * injected at each step in turn, by a real SIGKILL of the exporting process,
 * not by timing. What it leaves is then one whole site, old or new, once the
 * app's recovery runs, and the new site after the next export; no working
 * folder is left behind.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { importReview } from '../../../src-main/core/house-format/import';
import type { Journal } from '../../../src-main/core/journal';
import { exportSite } from '../../../src-main/core/site/export-site';
import { recoverSiteFolder } from '../../../src-main/core/site/output-dir';
import { openTempJournal, steppingClock } from '../../support/temp-journal';
import { readFixture } from '../../fixtures/fixtures';
import { readTree } from './helpers/html';
import { allFixtures, outputFolder } from './helpers/site';

const ROOT = resolve(__dirname, '../../..');
const CHILD = join(__dirname, 'helpers', 'export-then-die.ts');

function exportThenDie(journalPath: string, site: string, killAt: number): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, journalPath, site, String(killAt)], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0 && run.signal !== 'SIGKILL') throw new Error(`the export failed: ${run.stderr}`);
  return run.stdout;
}

/** Working folders of exports to `site`, beside it or in it. */
const workingFolders = (site: string) => [
  ...readdirSync(dirname(site)).filter((name) => name.includes('.dramalog-')),
  ...(existsSync(site) ? readdirSync(site).filter((name) => name.startsWith('.dramalog-staging')) : []),
];

function journalWithThree(): { journal: Journal; path: string } {
  const t = openTempJournal(steppingClock());
  for (const text of allFixtures()) importReview(t.journal, text);
  return t;
}

/** Kills the export at every step of its swap in turn; `prepare` gives each try its folder as it was before. */
async function killAtEveryStep(journal: Journal, path: string, prepare: (site: string) => void, before: Record<string, string> | null, after: Record<string, string>) {
  const stepsSeen: string[] = [];
  for (let killAt = 0; ; killAt += 1) {
    const { site } = outputFolder();
    prepare(site);
    const died = exportThenDie(path, site, killAt);
    if (died === 'finished') break;
    stepsSeen.push(died);
    recoverSiteFolder(site);
    const tree = existsSync(site) ? readTree(site) : null;
    expect([before, after], `killed before "${died}"`).toContainEqual(tree);
    expect(workingFolders(site), `killed before "${died}"`).toEqual([]);
    await exportSite(journal, site);
    expect(readTree(site), `killed before "${died}", then exported again`).toEqual(after);
  }
  return stepsSeen;
}

test('a re-export killed at each step of its swap leaves the old site or the new, never a mix', { timeout: 240_000 }, async () => {
  const { journal, path } = journalWithThree();
  const old = outputFolder();
  await exportSite(journal, old.site);
  const before = readTree(old.site);
  // One page replaced, one removed, one added, and the lists and feed with them.
  const review = journal.reviews.get(1)!;
  journal.transaction(() => journal.reviews.save({ dramaId: 1, ...review, story: ['A new story.'] }));
  journal.transaction(() => journal.dramas.delete(3));
  importReview(journal, readFixture('night-market.txt').replace('Night Market Detective', 'Night Market Returns'));
  const reference = outputFolder();
  cpSync(old.site, reference.site, { recursive: true });
  await exportSite(journal, reference.site);
  const after = readTree(reference.site);
  expect(after).not.toEqual(before);

  const steps = await killAtEveryStep(journal, path, (site) => cpSync(old.site, site, { recursive: true }), before, after);
  expect(steps).toEqual(expect.arrayContaining(['record', 'remove reviews/night-market-detective.html', 'rename .dramalog-export.json', 'remove working folder']));
  expect(steps.filter((step) => step.startsWith('rename ')).length).toBeGreaterThan(3);
});

test('a first export killed at each step of its swap leaves no folder or the whole site', { timeout: 120_000 }, async () => {
  const { journal, path } = journalWithThree();
  const reference = outputFolder();
  await exportSite(journal, reference.site);
  const steps = await killAtEveryStep(journal, path, () => {}, null, readTree(reference.site));
  expect(steps).toEqual(['record', 'rename site', 'remove working folder']);
});
