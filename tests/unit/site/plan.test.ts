/**
 * The export's planning step (core/site/plan.ts), with no disk and no journal:
 * journal rows and the earlier export's manifest in, the site's files out.
 */
import { describe, expect, test } from 'vitest';
import type { ExportManifest } from '../../../src-main/core/site/manifest';
import { type ExportPlan, type PlanInput, planExport, type Published } from '../../../src-main/core/site/plan';
import type { CreditRow, IndexedDrama } from '../../../src-main/core/site/read-journal';

const T0 = '2026-01-01T00:00:00.000Z';

function drama(id: number, title: string, changes: Partial<Published['review']> & { finishedOn?: string } = {}): Published {
  const { finishedOn = null, ...review } = changes;
  return {
    id,
    title,
    dramaUpdatedAt: T0,
    finishedOn,
    review: { state: 'final', grade: 'B+', createdAt: `2026-01-0${id}T00:00:00.000Z`, updatedAt: T0, pictures: [], ...review },
  };
}

function input(dramas: IndexedDrama[], previous: ExportManifest | null = null, credits: CreditRow[] = []): PlanInput {
  const published = dramas.filter((d): d is Published => d.review !== null && d.review.state === 'final');
  return {
    outDir: '/site',
    scope: 'site',
    includeDrafts: false,
    siteTitle: 'MY DRAMAS',
    baseUrl: 'https://dramas.example.org/',
    pageFormat: 'format-1',
    dramas,
    published,
    credits,
    pictures: new Map(),
    covers: new Map(),
    pictureSizes: new Map(),
    pictureFiles: [],
    previous,
    // What the earlier export wrote is all still there.
    onDisk: new Set(Object.keys(previous?.files ?? {})),
  };
}

/** The manifest an export of this plan writes (hashes stand in for the files' bytes). */
function manifestOf(plan: ExportPlan): ExportManifest {
  const files: ExportManifest['files'] = {};
  for (const file of [...plan.reviews, ...plan.pictures, ...plan.lists, ...plan.described, plan.feed]) files[file.path] = { hash: `hash of ${file.path}`, key: file.key };
  files['style.css'] = { hash: 'css', key: 'css' };
  if (plan.sitemap) files['sitemap.xml'] = { hash: 'map', key: 'map' };
  return { generator: 'Dramalog', formatVersion: 1, scope: 'site', includeDrafts: false, sharedKey: plan.sharedKey, links: plan.links, slugs: plan.publishedSlugs, files };
}

const notCurrent = (plan: ExportPlan) =>
  [...plan.reviews, ...plan.lists, ...plan.described, plan.feed]
    .filter((f) => !f.current)
    .map((f) => f.path)
    .sort();

describe('planning an export', () => {
  const journal = [drama(1, 'Soundtrack #2', { finishedOn: '2024-05-01' }), drama(2, 'Winter Letters'), drama(3, 'Night Market Detective')];

  test('a first export plans every page, none of them already there', () => {
    const plan = planExport(input(journal));
    expect(plan.reviews.map((r) => r.path)).toEqual(['reviews/soundtrack-2.html', 'reviews/winter-letters.html', 'reviews/night-market-detective.html']);
    expect(plan.lists.map((l) => l.path)).toEqual(['index.html', 'by-grade.html', 'by-year.html']);
    expect(plan.described.map((d) => d.path)).toEqual(['year/2024.html']);
    expect(notCurrent(plan)).toHaveLength(8);
    expect(plan.sitemap?.map((p) => p.path)).toContain('reviews/winter-letters.html');
  });

  test('over an earlier export of the same journal, every page is current and nothing retires', () => {
    const previous = manifestOf(planExport(input(journal)));
    const plan = planExport(input(journal, previous));
    expect(notCurrent(plan)).toEqual([]);
    expect(plan.retired).toEqual([]);
    expect(plan.linkChanges).toEqual([]);
  });

  test('an edited review text: its page and the feed; a new grade: the lists and its year too', () => {
    const previous = manifestOf(planExport(input(journal)));
    const edited = [journal[0], { ...journal[1], review: { ...journal[1].review!, updatedAt: '2026-02-01T00:00:00.000Z' } }, journal[2]];
    expect(notCurrent(planExport(input(edited, previous)))).toEqual(['feed.xml', 'reviews/winter-letters.html']);
    const regraded = [{ ...journal[0], review: { ...journal[0].review!, grade: 'A' as const, updatedAt: '2026-02-01T00:00:00.000Z' } }, journal[1], journal[2]];
    expect(notCurrent(planExport(input(regraded, previous)))).toEqual([
      'by-grade.html',
      'by-year.html',
      'feed.xml',
      'index.html',
      'reviews/soundtrack-2.html',
      'year/2024.html',
    ]);
  });

  test('new page code or settings: every page is drawn again', () => {
    const previous = manifestOf(planExport(input(journal)));
    expect(notCurrent(planExport({ ...input(journal, previous), pageFormat: 'format-2' }))).toHaveLength(8);
    expect(notCurrent(planExport({ ...input(journal, previous), siteTitle: 'OTHER' }))).toHaveLength(8);
  });

  test('a review no longer published retires its page, and pages naming its title are told to look', () => {
    const previous = manifestOf(planExport(input(journal)));
    const plan = planExport(input([journal[0], journal[2]], previous));
    expect(plan.retired).toEqual(['reviews/winter-letters.html']);
    expect(plan.linkChanges).toEqual(['Winter Letters']);
  });

  test('an actor in a published review gets a page, and their name links to it', () => {
    const credits: CreditRow[] = [[1, 1, 'Park Min Jae', 'Han Yeon Woo', 'lead', 'park min jae']];
    const plan = planExport(input(journal, null, credits));
    expect(plan.described.map((d) => d.path)).toEqual(['actors/index.html', 'actors/park-min-jae.html', 'year/2024.html']);
    expect(plan.links).toContainEqual(['Park Min Jae', '../actors/park-min-jae.html']);
  });

  test('a file the user put where a page would go is refused, naming it', () => {
    expect(() => planExport({ ...input(journal), onDisk: new Set(['reviews/winter-letters.html']) })).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringContaining('/site/reviews/winter-letters.html was not written by Dramalog') }),
    );
  });
});

describe('addresses, once published, never change', () => {
  const three = [drama(1, 'Love'), drama(2, 'Love'), drama(3, 'Love')];
  const slugsOf = (plan: ExportPlan) => plan.reviews.map((r) => [r.drama.id, r.slug]);

  test('deleting one of three same-titled reviews leaves the others their addresses; a new one never takes the deleted one’s', () => {
    const first = planExport(input(three));
    expect(slugsOf(first)).toEqual([
      [1, 'love'],
      [2, 'love-2'],
      [3, 'love-3'],
    ]);
    const afterDelete = planExport(input([three[0], three[2]], manifestOf(first)));
    expect(slugsOf(afterDelete)).toEqual([
      [1, 'love'],
      [3, 'love-3'],
    ]);
    const withNew = planExport(input([three[0], three[2], drama(4, 'Love')], manifestOf(afterDelete)));
    expect(slugsOf(withNew)).toEqual([
      [1, 'love'],
      [3, 'love-3'],
      [4, 'love-4'],
    ]);
  });

  test('a renamed review keeps its address; a new review under a reused drama id gets a new one', () => {
    const first = planExport(input(three));
    const renamed = planExport(input([{ ...three[0], title: 'Love Again' }, three[1], three[2]], manifestOf(first)));
    expect(renamed.reviews[0].slug).toBe('love');
    const reused = planExport(input([three[0], three[1], drama(3, 'Love', { createdAt: '2026-03-01T00:00:00.000Z' })], manifestOf(first)));
    expect(slugsOf(reused)).toEqual([
      [1, 'love'],
      [2, 'love-2'],
      [3, 'love-4'],
    ]);
  });
});
