/**
 * The user's public lists on the exported site (`lists/<slug>.html`, linked from
 * the index): what a reader sees, what never leaves the journal, addresses that
 * last, and re-exports that redraw a list page only when what it shows changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Journal } from '../../../src-main/core/journal';
import { exportSite } from '../../../src-main/core/site/export-site';
import { MANIFEST_NAME } from '../../../src-main/core/site/manifest';
import { readFixture, readReference } from '../../fixtures/fixtures';
import { byClass, byTag, findAll, listFiles, parseHtml, readTree, textOf, validateHtml, visibleLines } from './helpers/html';
import { freshExport, journalWithReviews, outputFolder, readPage } from './helpers/site';

/**
 * Soundtrack #2 (1, B+), Winter Letters (2, A-), Night Market Detective (3, C+), a draft (4)
 * and a drama with no review (5); a public list holding 5, 1, 4, 2 in that order, and a private one.
 */
function listJournal(): { journal: Journal; comfort: number; secret: number } {
  const journal = journalWithReviews(readReference(), readFixture('winter-letters.txt'), readFixture('night-market.txt'));
  return journal.transaction(() => {
    const draft = journal.dramas.create({ title: 'Unfinished Business', nativeTitle: '초안', platforms: ['JTBC'], aired: { year: 2022, month: 2 }, episodes: 12, genres: ['Drama'] });
    journal.reviews.save({ dramaId: draft.id, grade: 'D', reviewer: { name: 'Jill', location: 'USA' }, intro: ['Half written.'], story: [], closing: [], state: 'draft' });
    const bare = journal.dramas.create({ title: 'Moonlit Ferry', nativeTitle: '달빛 나루', platforms: ['Netflix'], aired: { year: 2024, month: 3 }, episodes: 12, genres: ['Mystery'] });
    journal.notes.add({ dramaId: 1, episode: null, text: 'A private note about the drama' });
    journal.notes.add({ dramaId: bare.id, episode: 2, text: 'Another private note' });
    const comfort = journal.lists.create({ name: 'Comfort rewatches', description: 'For rainy days & <script>alert(1)</script>.\n\nBest first.', public: true });
    for (const dramaId of [bare.id, 1, draft.id, 2]) journal.lists.add({ listId: comfort.id, dramaId });
    const items = journal.lists.get(comfort.id).items;
    journal.lists.setNote({ itemId: items[0].id, note: 'Not reviewed <yet>, but it belongs here.' });
    journal.lists.setNote({ itemId: items[1].id, note: 'The duet, episode 3.' });
    const secret = journal.lists.create({ name: 'Secret shame', description: 'Nobody may know', public: false });
    journal.lists.add({ listId: secret.id, dramaId: 3, note: 'Watched it twice, do not tell' });
    return { journal, comfort: comfort.id, secret: secret.id };
  });
}

const manifestOf = (site: string) => JSON.parse(readFileSync(join(site, MANIFEST_NAME), 'utf8'));
const itemsOf = (html: string) =>
  findAll(findAll(parseHtml(html), byClass('list-items'))[0], byTag('li')).map((li) => ({
    text: textOf(findAll(li, byClass('entry-title'))[0]),
    href: findAll(li, byTag('a'))[0]?.getAttributeValue('href') ?? null,
    meta: textOf(findAll(li, byClass('entry-meta'))[0]),
    note: findAll(li, byClass('entry-note')).map(textOf)[0] ?? null,
  }));
const listLinks = (html: string) => {
  const nav = findAll(parseHtml(html), (e) => e.tagName === 'nav' && e.getAttributeValue('aria-label') === 'Lists')[0];
  return nav ? findAll(nav, byTag('a')).map((a) => [textOf(a), a.getAttributeValue('href')]) : [];
};

describe('a public list', () => {
  test('has its page, linked from the index: name, description, its dramas in order with the list notes; only published reviews are links', async () => {
    const { journal } = listJournal();
    const { site } = outputFolder();
    await exportSite(journal, site);
    expect(listFiles(site).filter((f) => f.startsWith('lists/'))).toEqual(['lists/comfort-rewatches.html']);
    expect(listLinks(readPage(site, 'index.html'))).toEqual([['Comfort rewatches', 'lists/comfort-rewatches.html']]);
    expect(listLinks(readPage(site, 'by-grade.html'))).toEqual([]);

    const page = readPage(site, 'lists/comfort-rewatches.html');
    const lines = visibleLines(page);
    expect(lines.slice(lines.indexOf('Comfort rewatches'), lines.indexOf('Comfort rewatches') + 4)).toEqual([
      'Comfort rewatches',
      '4 Korean dramas',
      'For rainy days & <script>alert(1)</script>.',
      'Best first.',
    ]);
    expect(itemsOf(page)).toEqual([
      { text: 'Moonlit Ferry', href: null, meta: 'Netflix (Mar. 2024) 12 Episodes', note: 'Not reviewed <yet>, but it belongs here.' },
      { text: 'Soundtrack #2', href: '../reviews/soundtrack-2.html', meta: 'Disney+ / Hulu (Dec. 2023) 6 Episodes, Grade: B+', note: 'The duet, episode 3.' },
      // A draft left out of the site: text only, and its grade stays in the journal.
      { text: 'Unfinished Business', href: null, meta: 'JTBC (Feb. 2022) 12 Episodes', note: null },
      { text: 'Winter Letters', href: '../reviews/winter-letters.html', meta: expect.stringContaining('Grade: A-'), note: null },
    ]);
    // Every link on the page leads to a page the site has.
    for (const a of findAll(parseHtml(page), byTag('a'))) {
      const href = a.getAttributeValue('href')!;
      expect(existsSync(normalize(join(site, 'lists', href))), href).toBe(true);
    }
    expect(page).not.toMatch(/<script/i);
    expect(await validateHtml(page, 'comfort-rewatches.html')).toEqual([]);
    expect(await validateHtml(readPage(site, 'index.html'), 'index.html')).toEqual([]);
  });

  test('with drafts exported, a draft in the list links to its page', async () => {
    const { journal } = listJournal();
    const { site } = outputFolder();
    await exportSite(journal, site, { includeDrafts: true });
    expect(itemsOf(readPage(site, 'lists/comfort-rewatches.html'))[2]).toMatchObject({ href: '../reviews/unfinished-business.html', meta: 'JTBC (Feb. 2022) 12 Episodes, Grade: D (draft)' });
  });

  test('nothing private leaves the journal: not the private list, its notes, or the dramas’ own notes; not in the feed; in the sitemap', async () => {
    const { journal } = listJournal();
    journal.transaction(() => journal.settings.update({ siteUrl: 'https://dramas.example.org/k' }));
    const { site } = outputFolder();
    await exportSite(journal, site, { includeDrafts: true });
    const everything = Object.entries(readTree(site)).map(([path, text]) => `${path}\n${text}`).join('\n');
    for (const secret of ['Secret shame', 'secret-shame', 'Nobody may know', 'do not tell', 'A private note about the drama', 'Another private note']) {
      expect(everything).not.toContain(secret);
    }
    expect(readPage(site, 'feed.xml')).not.toContain('lists/');
    const locs = [...readPage(site, 'sitemap.xml').matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain('https://dramas.example.org/k/lists/comfort-rewatches.html');
    expect(readPage(site, 'lists/comfort-rewatches.html')).toContain('<link rel="canonical" href="https://dramas.example.org/k/lists/comfort-rewatches.html"/>');
  });

  test('a list turned private leaves the site at the next export; public again, it has its address back', async () => {
    const { journal, comfort, secret } = listJournal();
    const { site } = outputFolder();
    await exportSite(journal, site);
    journal.transaction(() => journal.lists.update({ id: comfort, public: false }));
    const result = await exportSite(journal, site);
    expect(result.removed).toBe(1);
    expect(listFiles(site).filter((f) => f.startsWith('lists/'))).toEqual([]);
    expect(listLinks(readPage(site, 'index.html'))).toEqual([]);
    expect(readTree(site)).toEqual({ ...(await freshExport(journal)), [MANIFEST_NAME]: expect.any(String) });
    expect(readPage(site, MANIFEST_NAME), 'not even its name stays in the folder').not.toContain('comfort-rewatches');

    journal.transaction(() => {
      journal.lists.update({ id: secret, public: true });
      journal.lists.update({ id: comfort, public: true });
    });
    await exportSite(journal, site);
    expect(listLinks(readPage(site, 'index.html'))).toEqual([
      ['Comfort rewatches', 'lists/comfort-rewatches.html'],
      ['Secret shame', 'lists/secret-shame.html'],
    ]);
  });

  test('keeps its address when renamed; a new list does not take the address of a list deleted in the same export', async () => {
    const { journal, comfort } = listJournal();
    const { site } = outputFolder();
    await exportSite(journal, site);
    journal.transaction(() => journal.lists.update({ id: comfort, name: 'Rainy day dramas' }));
    await exportSite(journal, site);
    expect(listLinks(readPage(site, 'index.html'))).toEqual([['Rainy day dramas', 'lists/comfort-rewatches.html']]);
    expect(findAll(parseHtml(readPage(site, 'lists/comfort-rewatches.html')), byTag('h1')).map(textOf)).toEqual(['Rainy day dramas']);

    journal.transaction(() => {
      journal.lists.delete(comfort);
      journal.lists.create({ name: 'Comfort rewatches', public: true });
    });
    await exportSite(journal, site);
    expect(listLinks(readPage(site, 'index.html'))).toEqual([['Comfort rewatches', 'lists/comfort-rewatches-2.html']]);
    expect(listFiles(site).filter((f) => f.startsWith('lists/'))).toEqual(['lists/comfort-rewatches-2.html']);
  });

  test('a name with no Latin letters gets list-<id>, and a list cannot take index.html', async () => {
    const { journal } = listJournal();
    const ids = journal.transaction(() => [journal.lists.create({ name: '최고의 드라마', public: true }).id, journal.lists.create({ name: 'Index', public: true }).id]);
    const { site } = outputFolder();
    await exportSite(journal, site);
    expect(listLinks(readPage(site, 'index.html'))).toEqual([
      ['Comfort rewatches', 'lists/comfort-rewatches.html'],
      ['최고의 드라마', `lists/list-${ids[0]}.html`],
      ['Index', 'lists/index-2.html'],
    ]);
    expect(visibleLines(readPage(site, `lists/list-${ids[0]}.html`))).toContain('No dramas in this list yet.');
  });

  test('is drawn again only when the list or what it shows changed', async () => {
    const { journal, comfort } = listJournal();
    const { site } = outputFolder();
    await exportSite(journal, site);
    const page = 'lists/comfort-rewatches.html';
    const keyOf = () => manifestOf(site).files[page].key;
    const before = keyOf();

    expect((await exportSite(journal, site)).written).toBe(0);

    // A review the list does not hold: the list page is not drawn again.
    journal.transaction(() => journal.reviews.save({ dramaId: 3, ...journal.reviews.get(3)!, grade: 'B' }));
    await exportSite(journal, site);
    expect(keyOf()).toBe(before);

    // A grade the list shows: drawn again, with it.
    journal.transaction(() => journal.reviews.save({ dramaId: 2, ...journal.reviews.get(2)!, grade: 'B' }));
    await exportSite(journal, site);
    expect(keyOf()).not.toBe(before);
    expect(itemsOf(readPage(site, page))[3].meta).toContain('Grade: B');

    // The list's own note: that page and nothing else besides the manifest.
    const files = readTree(site);
    const itemId = journal.lists.get(comfort).items[3].id;
    journal.transaction(() => journal.lists.setNote({ itemId, note: 'Snow, letters, tears.' }));
    const result = await exportSite(journal, site);
    expect(result.written).toBe(1);
    const after = readTree(site);
    expect(Object.keys(after).filter((path) => after[path] !== files[path]).sort()).toEqual([MANIFEST_NAME, page]);
    expect(itemsOf(after[page])[3].note).toBe('Snow, letters, tears.');
    // A re-export gives the bytes a fresh export does.
    expect(after).toEqual({ ...(await freshExport(journal)), [MANIFEST_NAME]: after[MANIFEST_NAME] });
  });

  test('a single review’s export has no lists', async () => {
    const { journal } = listJournal();
    const { site } = outputFolder();
    await exportSite(journal, site, { onlyDramaId: 1 });
    expect(listFiles(site).filter((f) => f.startsWith('lists/'))).toEqual([]);
    expect(listLinks(readPage(site, 'index.html'))).toEqual([]);
  });
});
