import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importReview } from '../../../src-main/core/house-format/import';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import { headlessHost } from '../../../src-main/core/ipc/host';
import type { Journal } from '../../../src-main/core/journal';
import { exportSite, type ExportProgress } from '../../../src-main/core/site/export-site';
import { MANIFEST_NAME } from '../../../src-main/core/site/manifest';
import { setCover } from '../../../src-main/core/covers/set-cover';
import sharp from 'sharp';
import { readFixture, readReference } from '../../fixtures/fixtures';
import { byClass, byTag, findAll, listFiles, parseHtml, readTree, textOf, validateHtml, visibleText } from './helpers/html';
import { allFixtures, freshExport, journalWithReviews, outputFolder, readPage } from './helpers/site';

/** A review in the house format with another title, for cross-links and lists. */
function reviewTitled(title: string, native: string, extra = ''): string {
  return readFixture('night-market.txt')
    .replace('Night Market Detective', title)
    .replace('야시장 탐정', native)
    .replace('KBS2 (May 2021)', 'KBS2 (May 2019)')
    .replace('The thief turns out', `${extra}The thief turns out`);
}

function editStory(journal: Journal, dramaId: number, story: string[]) {
  const review = journal.reviews.get(dramaId)!;
  journal.transaction(() => journal.reviews.save({ dramaId, ...review, story }));
}

function addDraft(journal: Journal, title: string): number {
  return journal.transaction(() => {
    const drama = journal.dramas.create({
      title,
      nativeTitle: '초안',
      platforms: ['JTBC'],
      aired: { year: 2022, month: 2 },
      episodes: 12,
      genres: ['Drama'],
    });
    journal.reviews.save({
      dramaId: drama.id,
      grade: null,
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['Half written.'],
      story: ['So far, so good.'],
      closing: [],
      state: 'draft',
    });
    return drama.id;
  });
}

const htmlFiles = (site: string) => listFiles(site).filter((f) => f.endsWith('.html'));

describe('what is exported', () => {
  test('an index, the two other lists, a page per review, feed and stylesheet, and the manifest', async () => {
    const journal = journalWithReviews(...allFixtures());
    const { site } = outputFolder();
    const result = await exportSite(journal, site);
    expect(listFiles(site)).toEqual([
      MANIFEST_NAME,
      'by-grade.html',
      'by-year.html',
      'feed.xml',
      'index.html',
      'reviews/night-market-detective.html',
      'reviews/soundtrack-2.html',
      'reviews/winter-letters.html',
      'style.css',
    ]);
    expect(result).toEqual({ outDir: site, pages: 6, written: 8, unchanged: 0, removed: 0, kept: [], renderedOnThreads: 0, writtenOnThreads: 0, notes: [], encoded: 0 });
  });

  test('every exported page passes html-validate’s standard preset, with a site URL, drafts and pictures too', async () => {
    const journal = journalWithReviews(...allFixtures(), reviewTitled('Curtain Call', '커튼콜'));
    addDraft(journal, '무제');
    journal.transaction(() => journal.settings.update({ siteUrl: 'https://dramas.example.org/reviews-site', siteTitle: 'Jill’s <K-drama> & more' }));
    const { parent, site } = outputFolder();
    const still = join(parent, 'still.JPG');
    writeFileSync(still, await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#8a1538' } }).jpeg().toBuffer());
    await setCover(journal, 2, await sharp({ create: { width: 400, height: 600, channels: 3, background: '#204060' } }).png().toBuffer(), 'poster.png');
    await exportSite(journal, site, {
      includeDrafts: true,
      pictures: (id) => (id === 1 ? [{ section: 'story', afterParagraph: 2, src: still, alt: 'Hyeon Seo at the piano' }] : []),
    });
    const pages = htmlFiles(site);
    expect(pages).toHaveLength(8);
    for (const page of pages) expect(await validateHtml(readPage(site, page), page)).toEqual([]);
    const [picture] = findAll(parseHtml(readPage(site, 'reviews/soundtrack-2.html')), byTag('picture'));
    const [img] = findAll(picture, byTag('img'));
    expect(img.getAttributeValue('alt')).toBe('Hyeon Seo at the piano');
    expect(readFileSync(join(site, 'reviews', img.getAttributeValue('src')!)).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(findAll(parseHtml(readPage(site, 'index.html')), byClass('card-cover')).filter((e) => e.tagName === 'picture')).toHaveLength(1);
  });

  test('all text is escaped: a review containing <script> shows the characters and the page has no script', async () => {
    const journal = journalWithReviews(readFixture('night-market.txt'));
    const { site } = outputFolder();
    await exportSite(journal, site);
    for (const page of htmlFiles(site)) expect(readPage(site, page)).not.toMatch(/<script/i);
    const html = readPage(site, 'reviews/night-market-detective.html');
    expect(html).toContain('&lt;script&gt;alert(&quot;caught&quot;)&lt;/script&gt;');
    expect(visibleText(html)).toContain('She sets a trap with a sign that reads <script>alert("caught")</script> and a bell on a string.');
  });

  test('drafts are left out unless asked for', async () => {
    const journal = journalWithReviews(readReference());
    addDraft(journal, 'Unfinished Business');
    const first = outputFolder();
    await exportSite(journal, first.site);
    expect(listFiles(first.site)).not.toContain('reviews/unfinished-business.html');
    expect(readPage(first.site, 'index.html')).not.toContain('Unfinished Business');

    const second = outputFolder();
    await exportSite(journal, second.site, { includeDrafts: true });
    expect(listFiles(second.site)).toContain('reviews/unfinished-business.html');
    expect(visibleText(readPage(second.site, 'index.html'))).toContain('Unfinished Business 초안 JTBC (Feb. 2022) 12 Episodes (draft)');
  });

  test('the lists: A–Z with letter headings, by grade, by air year, each entry linked with both titles, release line and grade', async () => {
    const journal = journalWithReviews(...allFixtures(), reviewTitled('2 Days & 1 Night Story', '이틀'));
    const { site } = outputFolder();
    await exportSite(journal, site);
    const index = parseHtml(readPage(site, 'index.html'));
    expect(findAll(index, byTag('h2')).map(textOf)).toEqual(['N', 'S', 'W', '#']);
    const entries = findAll(index, (e) => e.tagName === 'li' && e.parent?.getAttributeValue('class') === 'review-list');
    expect(entries.map(textOf)).toEqual([
      'Night Market Detective 야시장 탐정 KBS2 (May 2021) 1 Episode, Grade: C+',
      'Soundtrack #2 사운드트랙 #2 Disney+ / Hulu (Dec. 2023) 6 Episodes, Grade: B+',
      'Winter Letters 겨울 편지 tvN / Netflix (Sept. 2020) 16 Episodes, Grade: A-',
      '2 Days & 1 Night Story 이틀 KBS2 (May 2019) 1 Episode, Grade: C+',
    ]);
    expect(entries.map((li) => findAll(li, byTag('a'))[0].getAttributeValue('href'))).toEqual([
      'reviews/night-market-detective.html',
      'reviews/soundtrack-2.html',
      'reviews/winter-letters.html',
      'reviews/2-days-1-night-story.html',
    ]);
    expect(findAll(index, (e) => e.getAttributeValue('lang') === 'ko').map(textOf)).toContain('겨울 편지');

    const byGrade = parseHtml(readPage(site, 'by-grade.html'));
    expect(findAll(byGrade, byTag('h2')).map(textOf)).toEqual(['Grade: A-', 'Grade: B+', 'Grade: C+']);
    const byYear = parseHtml(readPage(site, 'by-year.html'));
    expect(findAll(byYear, byTag('h2')).map(textOf)).toEqual(['2023', '2021', '2020', '2019']);
  });

  test('feed.xml lists the reviews newest first; sitemap.xml and canonical links only with a site URL', async () => {
    const journal = journalWithReviews(...allFixtures());
    editStory(journal, 2, ['Edited last, so it comes first.']);
    const plain = outputFolder();
    await exportSite(journal, plain.site);
    const feed = readPage(plain.site, 'feed.xml');
    expect([...feed.matchAll(/<title>(.*?)<\/title>/g)].map((m) => m[1])).toEqual([
      'KDRAMALOVE KOREAN DRAMA REVIEWS',
      'Winter Letters (겨울 편지)',
      'Night Market Detective (야시장 탐정)',
      'Soundtrack #2 (사운드트랙 #2)',
    ]);
    expect(feed).toContain('<summary type="text">This one-episode special is a light snack of a drama: fun while it lasts.</summary>');
    expect(listFiles(plain.site)).not.toContain('sitemap.xml');
    expect(readPage(plain.site, 'reviews/soundtrack-2.html')).not.toContain('rel="canonical"');

    journal.transaction(() => journal.settings.update({ siteUrl: 'https://example.org/k' }));
    const hosted = outputFolder();
    await exportSite(journal, hosted.site);
    const sitemap = readPage(hosted.site, 'sitemap.xml');
    expect([...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://example.org/k/',
      'https://example.org/k/by-grade.html',
      'https://example.org/k/by-year.html',
      'https://example.org/k/reviews/soundtrack-2.html',
      'https://example.org/k/reviews/winter-letters.html',
      'https://example.org/k/reviews/night-market-detective.html',
    ]);
    const page = readPage(hosted.site, 'reviews/winter-letters.html');
    expect(page).toContain('<link rel="canonical" href="https://example.org/k/reviews/winter-letters.html"/>');
    expect(page).toContain('<meta property="og:url" content="https://example.org/k/reviews/winter-letters.html"/>');
    expect(readPage(hosted.site, 'feed.xml')).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/k/feed.xml"/>');
  });

  test('progress is reported up to done = total', async () => {
    const journal = journalWithReviews(...allFixtures());
    const seen: ExportProgress[] = [];
    await exportSite(journal, outputFolder().site, { onProgress: (p) => void seen.push(p) });
    expect(seen[0]).toEqual({ done: 0, total: 8 });
    expect(seen.at(-1)).toEqual({ done: 8, total: 8 });
    expect(seen.every((p, i) => i === 0 || p.done >= seen[i - 1].done)).toBe(true);
  });
});

describe('cross-links', () => {
  test('a review naming another reviewed drama links to its page; a page never links to itself', async () => {
    const journal = journalWithReviews(
      readReference(),
      reviewTitled('Curtain Call', '커튼콜'),
      reviewTitled('Youth Of May', '오월의 청춘', 'Unlike Soundtrack #2, this has no music. '),
      readFixture('winter-letters.txt'),
      readFixture('night-market.txt'),
    );
    const { site } = outputFolder();
    await exportSite(journal, site);
    const links = (path: string) =>
      findAll(parseHtml(readPage(site, path)), byTag('a'))
        .filter((a) => !['../index.html'].includes(a.getAttributeValue('href') ?? ''))
        .map((a) => [textOf(a), a.getAttributeValue('href')]);
    expect(links('reviews/soundtrack-2.html')).toEqual([
      ['Curtain Call', 'curtain-call.html'],
      ['Youth Of May', 'youth-of-may.html'],
    ]);
    expect(links('reviews/youth-of-may.html')).toEqual([
      ['Winter Letters', 'winter-letters.html'],
      ['Winter Letters', 'winter-letters.html'],
      ['Soundtrack #2', 'soundtrack-2.html'],
    ]);
    expect(links('reviews/winter-letters.html')).toEqual([]);
  });
});

describe('page addresses', () => {
  test('slugs come from the English title, unique by drama id order, Korean-only titles get drama-<id>', async () => {
    const journal = journalWithReviews(
      reviewTitled('Mother', '마더'),
      reviewTitled('Mother', '마더 2').replace('(May 2019)', '(May 2020)'),
      reviewTitled('사랑의 불시착', '사랑의 불시착'),
      reviewTitled('Café Minamdang', '미남당'),
    );
    const { site } = outputFolder();
    await exportSite(journal, site);
    expect(listFiles(site).filter((f) => f.startsWith('reviews/'))).toEqual([
      'reviews/cafe-minamdang.html',
      'reviews/drama-3.html',
      'reviews/mother-2.html',
      'reviews/mother.html',
    ]);
    expect(visibleText(readPage(site, 'reviews/mother-2.html'))).toContain('마더 2');
  });
});

describe('a re-export', () => {
  test('is byte-identical for the same journal, into a new folder or over the earlier export', async () => {
    const journal = journalWithReviews(...allFixtures());
    const a = outputFolder();
    const b = outputFolder();
    await exportSite(journal, a.site);
    await exportSite(journal, b.site);
    expect(readTree(b.site)).toEqual(readTree(a.site));
    const again = await exportSite(journal, a.site);
    expect(again).toMatchObject({ written: 0, unchanged: 8 });
    expect(readTree(a.site)).toEqual(readTree(b.site));
  });

  test('after editing one review writes only that page and the feed, and gives what a fresh export gives', async () => {
    const journal = journalWithReviews(...allFixtures());
    const { site } = outputFolder();
    await exportSite(journal, site);
    const before = readTree(site);
    editStory(journal, 1, ['A new story paragraph about Soundtrack #2.']);
    const result = await exportSite(journal, site);
    expect(result).toMatchObject({ written: 2, unchanged: 6 });
    const after = readTree(site);
    const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
    expect(changed.sort()).toEqual([MANIFEST_NAME, 'feed.xml', 'reviews/soundtrack-2.html']);
    expect(visibleText(after['reviews/soundtrack-2.html'])).toContain('A new story paragraph about Soundtrack #2.');
    expect(after).toEqual(await freshExport(journal));
  });

  test('a newly reviewed drama adds its page and links to it from pages that name it; lists follow', async () => {
    const journal = journalWithReviews(readFixture('night-market.txt'));
    const { site } = outputFolder();
    await exportSite(journal, site);
    expect(readPage(site, 'reviews/night-market-detective.html')).not.toContain('href="winter-letters.html"');
    importReview(journal, readFixture('winter-letters.txt'));
    await exportSite(journal, site);
    expect(readPage(site, 'reviews/night-market-detective.html')).toContain('<a href="winter-letters.html">Winter Letters</a>');
    expect(readPage(site, 'index.html')).toContain('reviews/winter-letters.html');
    expect(readTree(site)).toEqual(await freshExport(journal));
  });

  test('a drama no longer published has its page removed; the user’s own files stay', async () => {
    const journal = journalWithReviews(...allFixtures());
    const { site } = outputFolder();
    await exportSite(journal, site);
    writeFileSync(join(site, 'my-notes.txt'), 'mine');
    writeFileSync(join(site, 'reviews', 'my-own-page.html'), '<p>mine</p>');
    journal.transaction(() => journal.dramas.delete(3));
    const result = await exportSite(journal, site);
    expect(result.removed).toBe(1);
    expect(listFiles(site)).not.toContain('reviews/night-market-detective.html');
    expect(readFileSync(join(site, 'my-notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(site, 'reviews', 'my-own-page.html'), 'utf8')).toBe('<p>mine</p>');
  });

  test('a file the user deleted from the folder is written again, even right after an export', async () => {
    const journal = journalWithReviews(...allFixtures());
    const { site } = outputFolder();
    await exportSite(journal, site);
    editStory(journal, 1, ['A new story paragraph about Soundtrack #2.']);
    await exportSite(journal, site);
    rmSync(join(site, 'reviews', 'winter-letters.html'));
    rmSync(join(site, 'style.css'));
    const result = await exportSite(journal, site);
    expect(result.written).toBe(2);
    expect(readTree(site)).toEqual(await freshExport(journal));
    rmSync(join(site, 'reviews'), { recursive: true });
    expect(await exportSite(journal, site)).toMatchObject({ written: 3 });
    expect(readTree(site)).toEqual(await freshExport(journal));
  });

  test('a page the user changed by hand is not deleted when its review goes', async () => {
    const journal = journalWithReviews(...allFixtures());
    const { site } = outputFolder();
    await exportSite(journal, site);
    writeFileSync(join(site, 'reviews', 'winter-letters.html'), '<p>my edits</p>');
    journal.transaction(() => journal.reviews.delete(2));
    const result = await exportSite(journal, site);
    expect(result.kept).toEqual(['reviews/winter-letters.html']);
    expect(readFileSync(join(site, 'reviews', 'winter-letters.html'), 'utf8')).toBe('<p>my edits</p>');
    expect(readFileSync(join(site, MANIFEST_NAME), 'utf8')).not.toContain('winter-letters.html"');
  });
});

describe('safety', () => {
  test('refuses a non-empty folder that is not an earlier export, touching nothing', async () => {
    const journal = journalWithReviews(readReference());
    const { site } = outputFolder();
    mkdirSync(site);
    writeFileSync(join(site, 'thesis.docx'), 'important');
    await expect(exportSite(journal, site)).rejects.toMatchObject({
      code: 'conflict',
      message: `${site} is not empty and is not an earlier Dramalog export; choose an empty folder or a new one`,
    });
    expect(readdirSync(site)).toEqual(['thesis.docx']);
  });

  test('exports into an existing empty folder, and refuses a file in place of the folder', async () => {
    const journal = journalWithReviews(readReference());
    const { parent, site } = outputFolder();
    mkdirSync(site);
    await exportSite(journal, site);
    expect(listFiles(site)).toContain('reviews/soundtrack-2.html');
    const file = join(parent, 'file.html');
    writeFileSync(file, 'x');
    await expect(exportSite(journal, file)).rejects.toMatchObject({ code: 'invalid-input' });
    expect(readdirSync(parent).sort()).toEqual(['file.html', 'site']);
  });

  test('refuses to overwrite a file the user put where a new page would go', async () => {
    const journal = journalWithReviews(readReference());
    const { site } = outputFolder();
    await exportSite(journal, site);
    writeFileSync(join(site, 'reviews', 'winter-letters.html'), 'my draft page');
    importReview(journal, readFixture('winter-letters.txt'));
    const before = readTree(site);
    await expect(exportSite(journal, site)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('winter-letters.html was not written by Dramalog') });
    expect(readTree(site)).toEqual(before);
  });

  test('a manifest naming a file outside the folder is refused as damaged, and that file is left alone', async () => {
    const journal = journalWithReviews(readReference());
    const { parent, site } = outputFolder();
    await exportSite(journal, site);
    // Someone edits the manifest so that a file beside the site looks like a page to delete.
    const outside = join(parent, 'letter.txt');
    writeFileSync(outside, 'mine');
    const manifestPath = join(site, MANIFEST_NAME);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.files['../letter.txt'] = manifest.files['style.css'];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    await expect(exportSite(journal, site)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('is damaged') });
    expect(readFileSync(outside, 'utf8')).toBe('mine');
  });

  test('a cancelled export leaves the earlier site exactly as it was, and no staging folder behind', async () => {
    const journal = journalWithReviews(...allFixtures());
    const { parent, site } = outputFolder();
    await exportSite(journal, site);
    const before = readTree(site);
    editStory(journal, 1, ['Changed, but the export will be cancelled.']);
    journal.transaction(() => journal.settings.update({ siteTitle: 'A NEW BANNER' }));
    const controller = new AbortController();
    await expect(
      exportSite(journal, site, { signal: controller.signal, onProgress: () => controller.abort() }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(readTree(site)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  test('a cancelled first export leaves no folder at all', async () => {
    const journal = journalWithReviews(...allFixtures());
    const { parent, site } = outputFolder();
    const controller = new AbortController();
    controller.abort();
    await expect(exportSite(journal, site, { signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
    const late = new AbortController();
    const pending = exportSite(journal, site, {
      signal: late.signal,
      onProgress: ({ done }) => {
        if (done > 0) late.abort();
      },
    });
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(site)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  test('a listener that answers with a promise holds the export at its next pause until it settles', async () => {
    const journal = journalWithReviews(...allFixtures());
    const { parent, site } = outputFolder();
    const controller = new AbortController();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let heldAt: number | null = null;
    const pending = exportSite(journal, site, {
      signal: controller.signal,
      renderThreads: 1, // every batch pauses, so the hold is met however fast this machine is
      onProgress: ({ done }) => {
        heldAt ??= done;
        return held;
      },
    });
    let settled = false;
    void pending.catch(() => {}).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled, 'still waiting for the listener').toBe(false);
    controller.abort();
    release();
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    expect(heldAt).toBe(0);
    expect(readdirSync(parent)).toEqual([]);
  });

  test('an export that fails midway leaves the earlier site as it was', async () => {
    const journal = journalWithReviews(...allFixtures());
    const { parent, site } = outputFolder();
    await exportSite(journal, site);
    const before = readTree(site);
    journal.transaction(() => journal.settings.update({ siteTitle: 'ANOTHER BANNER' }));
    await expect(
      exportSite(journal, site, {
        onProgress: ({ done }) => {
          if (done > 0) throw new Error('disk on fire');
        },
      }),
    ).rejects.toThrow('disk on fire');
    expect(readTree(site)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['site']);
  });
});

describe('one review (Export This Review…)', () => {
  test('exports that review alone, with lists holding it, and will not mix with a whole-site folder', async () => {
    const journal = journalWithReviews(...allFixtures());
    const one = outputFolder();
    const result = await exportSite(journal, one.site, { onlyDramaId: 2 });
    expect(result.pages).toBe(4);
    expect(listFiles(one.site).filter((f) => f.startsWith('reviews/'))).toEqual(['reviews/winter-letters.html']);
    expect(findAll(parseHtml(readPage(one.site, 'index.html')), byClass('entry-title')).map(textOf)).toEqual(['Winter Letters']);

    const whole = outputFolder();
    await exportSite(journal, whole.site);
    await expect(exportSite(journal, whole.site, { onlyDramaId: 2 })).rejects.toMatchObject({ code: 'conflict' });
    await expect(exportSite(journal, one.site)).rejects.toMatchObject({ code: 'conflict' });
  });

  test('a drama without a review, or with a draft, is refused with a reason', async () => {
    const journal = journalWithReviews(readReference());
    const draft = addDraft(journal, 'Work In Progress');
    const bare = journal.transaction(() =>
      journal.dramas.create({ title: 'Unreviewed', nativeTitle: '미리뷰', platforms: ['MBC'], aired: { year: 2020, month: 1 }, episodes: 2, genres: ['Drama'] }),
    );
    await expect(exportSite(journal, outputFolder().site, { onlyDramaId: bare.id })).rejects.toMatchObject({
      code: 'not-found',
      message: 'Unreviewed has no review to export',
    });
    await expect(exportSite(journal, outputFolder().site, { onlyDramaId: draft })).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'the review of Work In Progress is a draft; include drafts to export it',
    });
    await expect(exportSite(journal, outputFolder().site, { onlyDramaId: 999 })).rejects.toMatchObject({ code: 'not-found' });
  });
});

test('the IPC channel exports to the folder the user chose and answers with what it wrote', async () => {
  const journal = journalWithReviews(...allFixtures());
  const { site } = outputFolder();
  const dispatch = createDispatch(createHandlers(journal, { ...headlessHost, chooseFolder: async () => site }));
  expect(await dispatch('site.export', {})).toEqual({
    ok: true,
    value: { outDir: site, pages: 6, written: 8, unchanged: 0, notes: [] },
  });
  expect(await dispatch('site.export', { dramaId: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
});

test('a large export (files hashed and written on a second thread) records in its manifest the hash of every file as written', async () => {
  const texts = Array.from({ length: 260 }, (_, i) => reviewTitled(`Bulk Drama ${i}`, `대량 ${i}`).replace('KBS2 (May 2019)', `KBS2 (May ${1950 + (i % 70)})`));
  const journal = journalWithReviews(...texts);
  const { site } = outputFolder();
  const result = await exportSite(journal, site);
  expect(result).toMatchObject({ pages: 263, written: 265 });
  const manifest = JSON.parse(readFileSync(join(site, MANIFEST_NAME), 'utf8')) as { files: Record<string, { hash: string }> };
  const { hashOf } = await import('../../../src-main/core/site/manifest');
  for (const path of listFiles(site).filter((p) => p !== MANIFEST_NAME)) expect(manifest.files[path]?.hash, path).toBe(hashOf(readFileSync(join(site, path))));
  expect(await exportSite(journal, site)).toMatchObject({ written: 0, unchanged: 265 });
  const copy = outputFolder();
  await exportSite(journal, copy.site);
  expect(readTree(copy.site)).toEqual(readTree(site));
});

test('pictures saved with a review are made for the web in images/ and shown between the paragraphs they were placed after', async () => {
  const journal = journalWithReviews(readReference());
  const { parent, site } = outputFolder();
  const png = join(parent, 'still.png');
  writeFileSync(png, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
  const file = journal.pictures.importFile(png);
  const review = journal.reviews.get(1)!;
  journal.transaction(() =>
    journal.reviews.save({ dramaId: 1, ...review, pictures: [{ file, alt: 'Su Ho at the piano', section: 'story', afterParagraph: 1 }] }),
  );
  await exportSite(journal, site);
  const page = parseHtml(readPage(site, 'reviews/soundtrack-2.html'));
  const [story] = findAll(page, byClass('review-story'));
  const order = story.childNodes.filter((n) => n.nodeType === 1).map((n) => (n as typeof story).tagName);
  expect(order.slice(0, 3)).toEqual(['p', 'figure', 'p']);
  const [img] = findAll(story, byTag('img'));
  // A one-pixel picture is never enlarged: one width, as PNG (the original's format) and WebP.
  expect([img.getAttributeValue('src'), img.getAttributeValue('alt')]).toEqual([`../images/${file.slice(0, 32)}-1.png`, 'Su Ho at the piano']);
  expect(listFiles(site).filter((f) => f.startsWith('images/'))).toEqual([`images/${file.slice(0, 32)}-1.png`, `images/${file.slice(0, 32)}-1.webp`]);
  expect(await validateHtml(readPage(site, 'reviews/soundtrack-2.html'), 'soundtrack-2.html')).toEqual([]);
  expect(await exportSite(journal, site)).toMatchObject({ written: 0 });
});
