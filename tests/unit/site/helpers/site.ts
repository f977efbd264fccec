import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { importReview } from '../../../../src-main/core/house-format/import';
import type { Journal } from '../../../../src-main/core/journal';
import { exportSite, type ExportOptions } from '../../../../src-main/core/site/export-site';
import { openTempJournal, steppingClock, tempDir } from '../../../support/temp-journal';
import { readFixture, readReference } from '../../../fixtures/fixtures';
import { readTree } from './html';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A journal holding the reference review and the invented fixtures, with a fixed clock. */
export function journalWithReviews(...texts: string[]): Journal {
  const t = openTempJournal(steppingClock());
  cleanups.push(t.cleanup);
  for (const text of texts) importReview(t.journal, text);
  return t.journal;
}

export const allFixtures = () => [readReference(), readFixture('winter-letters.txt'), readFixture('night-market.txt')];

/** A fresh folder; the export goes to `<it>/site` (absent until exported). */
export function outputFolder(): { parent: string; site: string } {
  const { dir, cleanup } = tempDir('dramalog-site-');
  cleanups.push(cleanup);
  return { parent: dir, site: join(dir, 'site') };
}

/** Every file a fresh export of the journal writes to a new folder: what a re-export over an earlier one must equal. */
export async function freshExport(journal: Journal, options?: ExportOptions): Promise<Record<string, string>> {
  const { site } = outputFolder();
  await exportSite(journal, site, options);
  return readTree(site);
}

export function readPage(site: string, path: string): string {
  const file = join(site, path);
  if (!existsSync(file)) throw new Error(`${path} was not exported`);
  return readFileSync(file, 'utf8');
}
