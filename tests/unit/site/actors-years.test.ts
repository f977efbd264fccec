/**
 * The site's actor pages (`actors/<slug>.html`, `actors/index.html`), actor
 * names linked from review text, and the year-in-review pages (`year/YYYY.html`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Journal } from '../../../src-main/core/journal';
import { exportSite } from '../../../src-main/core/site/export-site';
import { MANIFEST_NAME } from '../../../src-main/core/site/manifest';
import { readFixture, readReference } from '../../fixtures/fixtures';
import { byClass, byTag, findAll, listFiles, parseHtml, readTree, textOf, validateHtml } from './helpers/html';
import { freshExport, journalWithReviews, outputFolder, readPage } from './helpers/site';

/**
 * Soundtrack #2 (1, B+, Dec. 2023), Winter Letters (2, A-, Sept. 2020), Night Market Detective
 * (3, C+, May 2021), a draft (4) and a drama without a review (5), with casts and finish dates.
 */
function castJournal(): Journal {
  const journal = journalWithReviews(readReference(), readFixture('winter-letters.txt'), readFixture('night-market.txt'));
  journal.transaction(() => {
    const add = (dramaId: number, actor: string, character: string | null, role: 'lead' | 'support') => journal.cast.add({ dramaId, actor, character, role });
    add(1, 'Keum Sae Rok', 'Do Hyeon Seo', 'lead');
    add(1, 'Noh Sang Hyun', 'Ji Su Ho', 'lead');
    add(1, 'Jeon Hye Jin', 'Kim Jin Kyeong', 'support');
    add(2, 'Park Min Jae', 'Han Yeon Woo', 'lead');
    add(2, 'Lee Do Kyung', 'Seo Ji Hoon', 'lead');
    add(2, 'Kim Hae Ja', 'Choi Mal Soon', 'support');
    add(2, 'jeon hye jin', null, 'support');
    add(3, 'Kang Ha Neul', 'Oh Dal', 'lead');
    add(3, 'Ra Mi Ran', 'Bae Geum Ja', 'lead');
    const draft = journal.dramas.create({ title: 'Unfinished Business', nativeTitle: '초안', platforms: ['JTBC'], aired: { year: 2022, month: 2 }, episodes: 12, genres: ['Drama'] });
    journal.reviews.save({
      dramaId: draft.id,
      grade: null,
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['Half written.'],
      story: ['So far, so good.'],
      closing: [],
      state: 'draft',
    });
    add(draft.id, 'Park Min Jae', 'A Detective', 'support');
    const bare = journal.dramas.create({ title: 'Not Reviewed', nativeTitle: '미리뷰', platforms: ['MBC'], aired: { year: 2019, month: 1 }, episodes: 2, genres: ['Drama'] });
    add(bare.id, 'Ghost Actor', 'Nobody', 'lead');
    const finish = (id: number, finishedOn: string) => journal.dramas.updateWatch({ id, status: 'completed', finishedOn });
    finish(1, '2024-01-15');
    finish(2, '2023-12-03');
    finish(3, '2023-06-20');
    finish(draft.id, '2022-02-01');
    finish(bare.id, '2021-05-05');
  });
  return journal;
}

/** The cast journal, exported once to a new folder. */
async function exportedCastJournal() {
  const journal = castJournal();
  const { site } = outputFolder();
  const result = await exportSite(journal, site);
  return { journal, site, result };
}

const links = (html: string, where = 'main') =>
  findAll(findAll(parseHtml(html), byTag(where))[0], byTag('a')).map((a) => [textOf(a), a.getAttributeValue('href')]);
const reviewLinks = (html: string) => links(html, 'article');
const listItems = (html: string) => findAll(parseHtml(html), (e) => e.tagName === 'li' && e.parent?.getAttributeValue('class') === 'review-list');
const changedBetween = (before: Record<string, string>, after: Record<string, string>) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((path) => before[path] !== after[path]).sort();

describe('actor pages', () => {
  test('one per actor in an exported review, an actors index, both linked from the lists', async () => {
    const { site, result } = await exportedCastJournal();
    expect(listFiles(site).filter((f) => f.startsWith('actors/'))).toEqual([
      'actors/index.html',
      'actors/jeon-hye-jin.html',
      'actors/kang-ha-neul.html',
      'actors/keum-sae-rok.html',
      'actors/kim-hae-ja.html',
      'actors/lee-do-kyung.html',
      'actors/noh-sang-hyun.html',
      'actors/park-min-jae.html',
      'actors/ra-mi-ran.html',
    ]);
    // 3 reviews, 3 lists, 8 actors and their index, 2 years.
    expect(result.pages).toBe(3 + 3 + 9 + 2);

    const index = readPage(site, 'actors/index.html');
    expect(listItems(index).map(textOf)).toEqual([
      'Jeon Hye Jin 2 dramas',
      'Kang Ha Neul 1 drama, 1 lead role',
      'Keum Sae Rok 1 drama, 1 lead role',
      'Kim Hae Ja 1 drama',
      'Lee Do Kyung 1 drama, 1 lead role',
      'Noh Sang Hyun 1 drama, 1 lead role',
      'Park Min Jae 1 drama, 1 lead role',
      'Ra Mi Ran 1 drama, 1 lead role',
    ]);
    expect(listItems(index).map((li) => findAll(li, byTag('a'))[0].getAttributeValue('href'))[0]).toBe('jeon-hye-jin.html');
    expect(findAll(parseHtml(index), byTag('h2')).map(textOf)).toEqual(['J', 'K', 'L', 'N', 'P', 'R']);
    for (const list of ['index.html', 'by-grade.html', 'by-year.html']) {
      // After the banner's link home.
      expect(links(readPage(site, list)).slice(1, 5)).toEqual([
        ['A–Z', 'index.html'],
        ['By grade', 'by-grade.html'],
        ['By year', 'by-year.html'],
        ['Actors', 'actors/index.html'],
      ]);
    }
  });

  test('an actor’s page lists every exported drama with them, newest first: titles, release line, grade, part', async () => {
    const { site } = await exportedCastJournal();
    const page = readPage(site, 'actors/jeon-hye-jin.html');
    const doc = parseHtml(page);
    expect(findAll(doc, byTag('h1')).map(textOf)).toEqual(['Jeon Hye Jin']);
    expect(findAll(doc, byClass('list-count')).map(textOf)).toEqual(['2 Korean drama reviews, average grade A- (3.50)']);
    expect(listItems(page).map(textOf)).toEqual([
      'Soundtrack #2 사운드트랙 #2 Disney+ / Hulu (Dec. 2023) 6 Episodes, Grade: B+Supporting role as Kim Jin Kyeong',
      'Winter Letters 겨울 편지 tvN / Netflix (Sept. 2020) 16 Episodes, Grade: A-Supporting role',
    ]);
    expect(listItems(page).map((li) => findAll(li, byTag('a')).map((a) => a.getAttributeValue('href')))).toEqual([
      ['../reviews/soundtrack-2.html'],
      ['../reviews/winter-letters.html'],
    ]);
    expect(findAll(doc, (e) => e.getAttributeValue('lang') === 'ko').map(textOf)).toEqual(['사운드트랙 #2', '겨울 편지']);
    expect(findAll(doc, byTag('title')).map(textOf)).toEqual(['Jeon Hye Jin - KDRAMALOVE KOREAN DRAMA REVIEWS']);
    expect(page).toContain('<meta name="description" content="Korean dramas with Jeon Hye Jin: Soundtrack #2, Winter Letters."/>');
    expect(page).toContain('<meta property="og:type" content="profile"/>');
    expect(page).not.toContain('rel="canonical"');
    expect(listItems(readPage(site, 'actors/park-min-jae.html')).map(textOf)).toEqual([
      'Winter Letters 겨울 편지 tvN / Netflix (Sept. 2020) 16 Episodes, Grade: A-Lead role as Han Yeon Woo',
    ]);
  });

  test('with drafts, an actor’s draft appears, marked; without, an actor only in drafts or unreviewed dramas has no page', async () => {
    const journal = castJournal();
    journal.transaction(() => journal.cast.add({ dramaId: 4, actor: 'Only In Draft', character: null, role: 'lead' }));
    const plain = outputFolder();
    await exportSite(journal, plain.site);
    expect(listFiles(plain.site)).not.toContain('actors/only-in-draft.html');
    expect(listFiles(plain.site)).not.toContain('actors/ghost-actor.html');
    const drafts = outputFolder();
    await exportSite(journal, drafts.site, { includeDrafts: true });
    expect(listFiles(drafts.site)).toContain('actors/only-in-draft.html');
    expect(listFiles(drafts.site)).not.toContain('actors/ghost-actor.html');
    expect(listItems(readPage(drafts.site, 'actors/park-min-jae.html')).map(textOf)).toEqual([
      'Unfinished Business 초안 JTBC (Feb. 2022) 12 Episodes (draft)Supporting role as A Detective',
      'Winter Letters 겨울 편지 tvN / Netflix (Sept. 2020) 16 Episodes, Grade: A-Lead role as Han Yeon Woo',
    ]);
  });

  test('slugs: from the name, stable in the order actors entered the journal; never "index"; Hangul-only names get actor-<id>', async () => {
    const journal = journalWithReviews(readReference());
    journal.transaction(() => {
      journal.cast.add({ dramaId: 1, actor: 'Index', character: null, role: 'lead' });
      journal.cast.add({ dramaId: 1, actor: '이지은', character: null, role: 'lead' });
      journal.cast.add({ dramaId: 1, actor: 'Lee Ji-eun', character: null, role: 'support' });
      journal.cast.add({ dramaId: 1, actor: 'Lee Ji Eun', character: null, role: 'support' });
    });
    const { site } = outputFolder();
    await exportSite(journal, site);
    expect(listFiles(site).filter((f) => f.startsWith('actors/'))).toEqual([
      'actors/actor-2.html',
      'actors/index-2.html',
      'actors/index.html',
      'actors/lee-ji-eun-2.html',
      'actors/lee-ji-eun.html',
    ]);
    expect(findAll(parseHtml(readPage(site, 'actors/lee-ji-eun-2.html')), byTag('h1')).map(textOf)).toEqual(['Lee Ji Eun']);
  });
});

describe('actor names in reviews', () => {
  test('link to the actor’s page, as whole names, every spelling in the cast', async () => {
    const journal = castJournal();
    const { importReview } = await import('../../../src-main/core/house-format/import');
    importReview(
      journal,
      readFixture('night-market.txt')
        .replace('Night Market Detective', 'Spellings')
        .replace('The thief turns out', 'Both jeon hye jin and Jeon Hye Jin, but not Jeon Hye Jinx or Ra Mi Rank. The thief turns out'),
    );
    const { site } = outputFolder();
    await exportSite(journal, site);
    expect(reviewLinks(readPage(site, 'reviews/soundtrack-2.html'))).toEqual([
      ['Noh Sang Hyun', '../actors/noh-sang-hyun.html'],
      ['Keum Sae Rok', '../actors/keum-sae-rok.html'],
      ['Keum Sae Rok', '../actors/keum-sae-rok.html'],
      ['Jeon Hye Jin', '../actors/jeon-hye-jin.html'],
      ['Noh Sang Hyun', '../actors/noh-sang-hyun.html'],
    ]);
    expect(reviewLinks(readPage(site, 'reviews/winter-letters.html'))).toEqual([
      ['Park Min Jae', '../actors/park-min-jae.html'],
      ['Park Min Jae', '../actors/park-min-jae.html'],
      ['Lee Do Kyung', '../actors/lee-do-kyung.html'],
      ['Kim Hae Ja', '../actors/kim-hae-ja.html'],
    ]);
    expect(reviewLinks(readPage(site, 'reviews/night-market-detective.html'))).toEqual([
      ['Winter Letters', 'winter-letters.html'],
      ['Ra Mi Ran', '../actors/ra-mi-ran.html'],
      ['Kang Ha Neul', '../actors/kang-ha-neul.html'],
      ['Winter Letters', 'winter-letters.html'],
    ]);
    const spellings = findAll(parseHtml(readPage(site, 'reviews/spellings.html')), byTag('p')).find((p) => textOf(p).startsWith('Both'))!;
    expect(findAll(spellings, byTag('a')).map((a) => [textOf(a), a.getAttributeValue('href')])).toEqual([
      ['jeon hye jin', '../actors/jeon-hye-jin.html'],
      ['Jeon Hye Jin', '../actors/jeon-hye-jin.html'],
    ]);
  });

  test('a drama title and an actor’s name never nest or overlap: the longest name starting first wins', async () => {
    const journal = castJournal();
    const story = 'Kim Hae Ja Diaries beat Park Min Jae Harbor Lights, though Kim Hae Ja shines in both.';
    const texts = [
      readFixture('night-market.txt').replace('Night Market Detective', 'Kim Hae Ja Diaries').replace('야시장 탐정', '일기'),
      readFixture('night-market.txt').replace('Night Market Detective', 'Harbor Lights').replace('야시장 탐정', '항구').replace('The thief turns out', `${story} The thief turns out`),
    ];
    const { importReview } = await import('../../../src-main/core/house-format/import');
    for (const text of texts) importReview(journal, text);
    // "Jae Harbor" would overlap "Park Min Jae" and "Harbor Lights"; it must not link at all.
    journal.transaction(() => journal.cast.add({ dramaId: 3, actor: 'Jae Harbor', character: null, role: 'support' }));
    const { site } = outputFolder();
    await exportSite(journal, site);
    const page = readPage(site, 'reviews/harbor-lights.html');
    const paragraph = findAll(parseHtml(page), byTag('p')).find((p) => textOf(p).startsWith('Kim Hae Ja Diaries beat'))!;
    expect(findAll(paragraph, byTag('a')).map((a) => [textOf(a), a.getAttributeValue('href')])).toEqual([
      ['Kim Hae Ja Diaries', 'kim-hae-ja-diaries.html'],
      ['Park Min Jae', '../actors/park-min-jae.html'],
      ['Kim Hae Ja', '../actors/kim-hae-ja.html'],
    ]);
    expect(findAll(paragraph, byTag('a')).every((a) => findAll(a, byTag('a')).length === 1)).toBe(true);
    expect(await validateHtml(page, 'harbor-lights.html')).toEqual([]);
  });
});

describe('year in review', () => {
  test('one page per year with finished, exported dramas, linked from the index', async () => {
    const { journal, site } = await exportedCastJournal();
    expect(listFiles(site).filter((f) => f.startsWith('year/'))).toEqual(['year/2023.html', 'year/2024.html']);
    const nav = findAll(parseHtml(readPage(site, 'index.html')), (e) => e.tagName === 'nav' && e.getAttributeValue('aria-label') === 'Year in review')[0];
    expect(findAll(nav, byTag('a')).map((a) => [textOf(a), a.getAttributeValue('href')])).toEqual([
      ['2024', 'year/2024.html'],
      ['2023', 'year/2023.html'],
    ]);
    const drafts = outputFolder();
    await exportSite(journal, drafts.site, { includeDrafts: true });
    expect(listFiles(drafts.site).filter((f) => f.startsWith('year/'))).toEqual(['year/2022.html', 'year/2023.html', 'year/2024.html']);
  });

  test('lists the year’s dramas by finish date with grades, and the year’s figures from the statistics', async () => {
    const { site } = await exportedCastJournal();
    const page = readPage(site, 'year/2023.html');
    const doc = parseHtml(page);
    expect(findAll(doc, byTag('h1')).map(textOf)).toEqual(['2023 in review']);
    // It says what it counts, since the app's year in review counts every finished drama, reviewed or not.
    expect(findAll(doc, byClass('list-count')).map(textOf)).toEqual(['2 Korean dramas finished in 2023 with a review on this site (the figures count these alone)']);
    expect(listItems(page).map(textOf)).toEqual([
      'Night Market Detective 야시장 탐정 KBS2 (May 2021) 1 Episode, Grade: C+Finished June 20, 2023',
      'Winter Letters 겨울 편지 tvN / Netflix (Sept. 2020) 16 Episodes, Grade: A-Finished Dec. 3, 2023',
    ]);
    expect(listItems(page).map((li) => findAll(li, byTag('a'))[0].getAttributeValue('href'))).toEqual([
      '../reviews/night-market-detective.html',
      '../reviews/winter-letters.html',
    ]);
    const figures = findAll(doc, byClass('figures'))[0];
    expect(findAll(figures, (e) => e.tagName === 'dt' || e.tagName === 'dd').map(textOf)).toEqual([
      'Dramas finished', '2',
      'Episodes watched', '17',
      'Hours watched', '17',
      'Average grade', 'B (3.00) over 2 graded dramas',
    ]);
    expect(findAll(findAll(doc, byClass('grade-table'))[0], byTag('tr')).map((tr) => findAll(tr, (e) => e.tagName === 'td' || e.tagName === 'th').map(textOf))).toEqual([
      ['Grade', 'Dramas'],
      ['A-', '1'],
      ['C+', '1'],
    ]);
    expect(findAll(findAll(doc, byClass('genre-list'))[0], byTag('li')).map(textOf)).toEqual([
      'Melodrama: 1 drama, average A- (3.70)',
      'Romance: 1 drama, average A- (3.70)',
      'Slice of Life: 1 drama, average A- (3.70)',
      'Comedy: 1 drama, average C+ (2.30)',
      'Mystery: 1 drama, average C+ (2.30)',
    ]);
    expect(page).toContain('<meta name="description" content="2023 in review: 2 Korean dramas finished, average grade B."/>');
    const years = findAll(doc, (e) => e.tagName === 'nav' && e.getAttributeValue('aria-label') === 'Years in review')[0];
    expect(findAll(years, byTag('a')).map((a) => [textOf(a), a.getAttributeValue('href'), a.getAttributeValue('aria-current') ?? null])).toEqual([
      ['2024', '2024.html', null],
      ['2023', '2023.html', 'page'],
    ]);
  });
});

describe('the new pages, like every page', () => {
  test('pass html-validate, escape their text, have head metadata, and are in the sitemap with a site URL', async () => {
    const journal = castJournal();
    journal.transaction(() => {
      journal.settings.update({ siteUrl: 'https://dramas.example.org/k', siteTitle: 'Jill’s <K-drama> & more' });
      journal.cast.add({ dramaId: 3, actor: 'Evil <script>alert(1)</script> & "Co"', character: '<b>Boss</b>', role: 'support' });
    });
    const { site } = outputFolder();
    await exportSite(journal, site, { includeDrafts: true });
    const pages = listFiles(site).filter((f) => /^(actors|year)\//.test(f));
    expect(pages.length).toBeGreaterThan(10);
    for (const path of [...pages, 'index.html']) {
      const html = readPage(site, path);
      expect(await validateHtml(html, path)).toEqual([]);
      expect(html).not.toMatch(/<script/i);
      expect(findAll(parseHtml(html), byTag('title'))).toHaveLength(1);
      expect(html).toMatch(/<meta name="description" content="[^"]+"\/>/);
      expect(html).toContain('<meta property="og:title"');
      expect(html).toContain(`<link rel="canonical" href="https://dramas.example.org/k/${path === 'index.html' ? '' : path === 'actors/index.html' ? 'actors/' : path}"/>`);
    }
    const evil = pages.find((p) => p.startsWith('actors/evil'))!;
    expect(readPage(site, evil)).toContain('Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    const locs = [...readPage(site, 'sitemap.xml').matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1].replace('https://dramas.example.org/k/', ''));
    expect(locs.filter((loc) => /^(actors|year)\//.test(loc))).toEqual([
      'actors/',
      'actors/evil-script-alert-1-script-co.html',
      'actors/jeon-hye-jin.html',
      'actors/kang-ha-neul.html',
      'actors/keum-sae-rok.html',
      'actors/kim-hae-ja.html',
      'actors/lee-do-kyung.html',
      'actors/noh-sang-hyun.html',
      'actors/park-min-jae.html',
      'actors/ra-mi-ran.html',
      'year/2024.html',
      'year/2023.html',
      'year/2022.html',
    ]);
  });

  test('are deterministic: the same journal gives the same bytes', async () => {
    const journal = castJournal();
    const a = outputFolder();
    const b = outputFolder();
    await exportSite(journal, a.site);
    await exportSite(journal, b.site);
    expect(readTree(a.site)).toEqual(readTree(b.site));
    expect(await exportSite(journal, a.site)).toMatchObject({ written: 0 });
  });
});

describe('re-exporting', () => {
  test('an actor who leaves the journal loses their page; reviews naming them lose the link; nothing else is written', async () => {
    const { journal, site } = await exportedCastJournal();
    const before = readTree(site);
    const member = journal.cast.list(2).find((m) => m.actor === 'Lee Do Kyung')!;
    journal.transaction(() => journal.cast.delete(member.id));
    const result = await exportSite(journal, site);
    expect(result).toMatchObject({ removed: 1, kept: [] });
    const after = readTree(site);
    expect(changedBetween(before, after)).toEqual([MANIFEST_NAME, 'actors/index.html', 'actors/lee-do-kyung.html', 'reviews/winter-letters.html']);
    expect(existsSync(join(site, 'actors/lee-do-kyung.html'))).toBe(false);
    expect(reviewLinks(after['reviews/winter-letters.html']).map(([text]) => text)).not.toContain('Lee Do Kyung');
    expect(after).toEqual(await freshExport(journal));
  });

  test('an actor page the user edited by hand is kept, not deleted, when the actor leaves', async () => {
    const { journal, site } = await exportedCastJournal();
    writeFileSync(join(site, 'actors', 'kim-hae-ja.html'), '<p>my notes</p>');
    const member = journal.cast.list(2).find((m) => m.actor === 'Kim Hae Ja')!;
    journal.transaction(() => journal.cast.delete(member.id));
    expect((await exportSite(journal, site)).kept).toEqual(['actors/kim-hae-ja.html']);
    expect(readFileSync(join(site, 'actors', 'kim-hae-ja.html'), 'utf8')).toBe('<p>my notes</p>');
  });

  test('editing a review’s text writes that page and the feed only; a new grade also the lists, its actors’ pages and its year', async () => {
    const { journal, site } = await exportedCastJournal();
    const before = readTree(site);
    const review = journal.reviews.get(2)!;
    journal.transaction(() => journal.reviews.save({ dramaId: 2, ...review, story: [...review.story, 'One more paragraph.'] }));
    expect(await exportSite(journal, site)).toMatchObject({ written: 2 });
    const afterText = readTree(site);
    expect(changedBetween(before, afterText)).toEqual([MANIFEST_NAME, 'feed.xml', 'reviews/winter-letters.html']);

    journal.transaction(() => journal.reviews.save({ dramaId: 2, ...journal.reviews.get(2)!, grade: 'B' }));
    await exportSite(journal, site);
    const afterGrade = readTree(site);
    expect(changedBetween(afterText, afterGrade)).toEqual([
      MANIFEST_NAME,
      'actors/jeon-hye-jin.html',
      'actors/kim-hae-ja.html',
      'actors/lee-do-kyung.html',
      'actors/park-min-jae.html',
      'by-grade.html',
      'by-year.html',
      'feed.xml',
      'index.html',
      'reviews/winter-letters.html',
      'year/2023.html',
    ]);
    expect(afterGrade).toEqual(await freshExport(journal));
  });

  test('a new finish date adds that year’s page; a drama finished in another year moves between pages', async () => {
    const { journal, site } = await exportedCastJournal();
    journal.transaction(() => journal.dramas.updateWatch({ id: 3, finishedOn: '2021-08-01' }));
    await exportSite(journal, site);
    expect(listFiles(site).filter((f) => f.startsWith('year/'))).toEqual(['year/2021.html', 'year/2023.html', 'year/2024.html']);
    expect(listItems(readPage(site, 'year/2023.html')).map((li) => findAll(li, byClass('entry-title')).map(textOf)[0])).toEqual(['Winter Letters']);
    expect(readTree(site)).toEqual(await freshExport(journal));
  });
});
