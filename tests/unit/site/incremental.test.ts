/**
 * A re-export in the same process plans from rows kept since the last one
 * (journal-rows.ts, read again only for the dramas the journal's change log
 * names) and from the manifest it wrote (manifest.ts, not parsed again): after
 * every kind of change, the folder must hold exactly what a re-export of the
 * same folder by a fresh reader (another connection: every row read, the
 * manifest parsed) gives, manifest included.
 */
import { cpSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { openJournal, type Journal } from '../../../src-main/core/journal';
import { exportSite } from '../../../src-main/core/site/export-site';
import { readFixture, readReference } from '../../fixtures/fixtures';
import { readTree } from './helpers/html';
import { journalWithReviews, outputFolder } from './helpers/site';

const opened: Journal[] = [];
afterEach(() => opened.splice(0).forEach((journal) => journal.close()));

/** The three fixtures, with a cast and finish dates: review, list, actor and year pages. */
function castJournal(): Journal {
  const journal = journalWithReviews(readReference(), readFixture('winter-letters.txt'), readFixture('night-market.txt'));
  journal.transaction(() => {
    journal.cast.add({ dramaId: 1, actor: 'Keum Sae Rok', character: 'Do Hyeon Seo', role: 'lead' });
    journal.cast.add({ dramaId: 2, actor: 'Park Min Jae', character: 'Han Yeon Woo', role: 'lead' });
    journal.cast.add({ dramaId: 3, actor: 'Keum Sae Rok', character: 'Oh Dal', role: 'support' });
    journal.dramas.updateWatch({ id: 1, status: 'completed', finishedOn: '2024-01-20' });
    journal.dramas.updateWatch({ id: 2, status: 'completed', finishedOn: '2023-03-02' });
  });
  return journal;
}

/** Another connection to the same journal file, as the CLI or a second process has: nothing kept from earlier exports. */
function elsewhere(journal: Journal): Journal {
  const other = openJournal(journal.path);
  opened.push(other);
  return other;
}

test('after an edit, a delete, a cast change, a title change and a site title change, the kept rows give the pages a full read gives', async () => {
  const journal = castJournal();
  const { site } = outputFolder();
  await exportSite(journal, site);
  const changes: [string, (j: Journal) => void][] = [
    ['a review text edited', (j) => j.reviews.save({ ...j.reviews.get(2)!, dramaId: 2, story: ['A new story paragraph naming Soundtrack #2.'] })],
    ['a grade changed', (j) => j.reviews.save({ ...j.reviews.get(3)!, dramaId: 3, grade: 'A' })],
    ['an actor added', (j) => j.cast.add({ dramaId: 2, actor: 'Keum Sae Rok', character: 'A cameo', role: 'support' })],
    ['a part renamed', (j) => j.cast.update({ id: j.cast.list(1)[0].id, character: 'Do Hyeon Seo (older)' })],
    ['a drama renamed', (j) => j.dramas.update({ id: 3, title: 'Night Market Detectives' })],
    ['a finish date moved', (j) => j.dramas.updateWatch({ id: 2, finishedOn: '2024-05-05' })],
    ['the site title changed', (j) => j.settings.update({ siteTitle: 'MY KOREAN DRAMAS' })],
    ['a drama deleted', (j) => j.dramas.delete(1)],
  ];
  for (const [what, change] of changes) {
    const { site: beside } = outputFolder();
    cpSync(site, beside, { recursive: true });
    journal.transaction(() => change(journal));
    const kept = await exportSite(journal, site);
    expect(kept.written, what).toBeGreaterThan(0);
    await exportSite(elsewhere(journal), beside);
    expect(readTree(site), what).toEqual(readTree(beside));
  }
});

test('a change made by another process is exported by the next re-export here', async () => {
  const journal = castJournal();
  const { site } = outputFolder();
  await exportSite(journal, site);
  const other = elsewhere(journal);
  other.transaction(() => other.reviews.save({ ...other.reviews.get(1)!, dramaId: 1, closing: ['Changed by the CLI.'] }));
  other.transaction(() => other.cast.add({ dramaId: 1, actor: 'Jeon Hye Jin', character: null, role: 'support' }));
  await exportSite(journal, site);
  const page = readTree(site)['reviews/soundtrack-2.html'];
  expect(page).toContain('Changed by the CLI.');
  expect(readTree(site)).toHaveProperty(['actors/jeon-hye-jin.html']);
  const { site: fresh } = outputFolder();
  cpSync(site, fresh, { recursive: true });
  expect((await exportSite(elsewhere(journal), fresh)).written).toBe(0);
});

test('a cancelled re-export loses no change: the next one exports it', async () => {
  const journal = castJournal();
  const { site } = outputFolder();
  await exportSite(journal, site);
  journal.transaction(() => journal.reviews.save({ ...journal.reviews.get(2)!, dramaId: 2, closing: ['Kept for the next export.'] }));
  const controller = new AbortController();
  const cancelled = exportSite(journal, site, { signal: controller.signal, onProgress: () => controller.abort() });
  await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
  expect(readTree(site)['reviews/winter-letters.html']).not.toContain('Kept for the next export.');
  await exportSite(journal, site);
  expect(readTree(site)['reviews/winter-letters.html']).toContain('Kept for the next export.');
  // And a folder exported to for the first time after it is right too.
  const { site: other } = outputFolder();
  await exportSite(journal, other);
  expect(readTree(other)['reviews/winter-letters.html']).toContain('Kept for the next export.');
});
