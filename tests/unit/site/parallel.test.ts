/**
 * Rendering on threads (core/site/render-pool.ts) must only ever make an export
 * faster: the same journal gives the same bytes whichever thread rendered each
 * page, and a thread that cannot start or fails hands its pages back.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import type { Journal } from '../../../src-main/core/journal';
import { exportSite } from '../../../src-main/core/site/export-site';
import { RenderPool, renderWorkerEntry } from '../../../src-main/core/site/render-pool';
import type { PageToRender } from '../../../src-main/core/site/render-protocol';
import { readFixture, readReference } from '../../fixtures/fixtures';
import { readTree, validateHtml } from './helpers/html';
import { freshExport, journalWithReviews, outputFolder } from './helpers/site';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** Night Market Detective under another title and air year, naming `mention` in its story. */
function variant(i: number, mention: string): string {
  return readFixture('night-market.txt')
    .replace('Night Market Detective', `Market Case ${i}`)
    .replace('야시장 탐정', `시장 사건 ${i}`)
    .replace('KBS2 (May 2021)', `KBS2 (May ${2000 + (i % 24)})`)
    .replace('The thief turns out', `Like ${mention} with Ra Mi Ran, the thief turns out`);
}

/** Enough reviews for several batches, with cast, finish dates, a draft, pictures and cross-links. */
function bigJournal(): Journal {
  const texts = [readReference(), readFixture('winter-letters.txt')];
  for (let i = 0; i < 150; i += 1) texts.push(variant(i, i % 2 ? 'Winter Letters' : `Market Case ${i + 1}`));
  const journal = journalWithReviews(...texts);
  journal.transaction(() => {
    journal.settings.update({ siteUrl: 'https://dramas.example.org/' });
    journal.cast.add({ dramaId: 1, actor: 'Jeon Hye Jin', character: 'Kim Jin Kyeong', role: 'support' });
    journal.cast.add({ dramaId: 2, actor: 'Park Min Jae', character: 'Han Yeon Woo', role: 'lead' });
    for (let id = 3; id <= 152; id += 1) {
      journal.cast.add({ dramaId: id, actor: 'Ra Mi Ran', character: 'Bae Geum Ja', role: id % 3 ? 'support' : 'lead' });
      journal.dramas.updateWatch({ id, status: 'completed', finishedOn: `${2020 + (id % 4)}-0${1 + (id % 9)}-1${id % 10}` });
    }
    const draft = journal.dramas.create({ title: 'Work In Progress', nativeTitle: '초안', platforms: ['JTBC'], aired: { year: 2022, month: 2 }, episodes: 12, genres: ['Drama'] });
    journal.reviews.save({
      dramaId: draft.id,
      grade: null,
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['Half written, with Ra Mi Ran.'],
      story: ['So far, Winter Letters was better.'],
      closing: [],
      state: 'draft',
    });
  });
  return journal;
}

function withPictures(parent: string) {
  const still = join(parent, 'still.jpg');
  writeFileSync(still, 'not really a jpeg');
  return (id: number) => (id % 40 === 5 ? [{ section: 'story' as const, afterParagraph: 1, src: still, alt: `Still ${id}` }] : []);
}

describe('rendering on threads', () => {
  test('gives byte for byte the site rendered on one thread, and the threads did render pages', async () => {
    const journal = bigJournal();
    const serial = outputFolder();
    const parallel = outputFolder();
    const pictures = withPictures(serial.parent);
    const one = await exportSite(journal, serial.site, { renderThreads: 0, includeDrafts: true, pictures });
    const two = await exportSite(journal, parallel.site, { renderThreads: 2, includeDrafts: true, pictures });
    expect(one.renderedOnThreads).toBe(0);
    expect(two.renderedOnThreads).toBeGreaterThan(0);
    expect(two.writtenOnThreads).toBeGreaterThanOrEqual(two.renderedOnThreads);
    expect({ ...two, outDir: '', renderedOnThreads: 0, writtenOnThreads: 0 }).toEqual({ ...one, outDir: '' });
    const tree = readTree(serial.site);
    expect(Object.keys(tree).filter((p) => p.startsWith('reviews/'))).toHaveLength(153);
    expect(readTree(parallel.site)).toEqual(tree);
    for (const page of ['reviews/market-case-5.html', 'reviews/market-case-6.html', 'reviews/work-in-progress.html']) {
      expect(await validateHtml(tree[page], page)).toEqual([]);
    }
  });

  test('a thread that only writes (as on two CPUs) writes pages drawn here, byte for byte the same site', async () => {
    const journal = bigJournal();
    const serial = outputFolder();
    const writing = outputFolder();
    const pictures = withPictures(serial.parent);
    const one = await exportSite(journal, serial.site, { renderThreads: 0, includeDrafts: true, pictures });
    const two = await exportSite(journal, writing.site, { renderThreads: 1, threadRole: 'write', includeDrafts: true, pictures });
    expect(two.renderedOnThreads).toBe(0);
    expect(two.writtenOnThreads).toBeGreaterThan(0);
    expect({ ...two, outDir: '', writtenOnThreads: 0 }).toEqual({ ...one, outDir: '' });
    expect(readTree(writing.site)).toEqual(readTree(serial.site));
    // Over the earlier export, nothing changed: the thread hashes every page and writes none.
    expect(await exportSite(journal, writing.site, { renderThreads: 1, threadRole: 'write', includeDrafts: true, pictures })).toMatchObject({ written: 0 });
  });

  test('a re-export on threads over an earlier export rewrites nothing, and after an edit gives what a fresh export gives', async () => {
    const journal = bigJournal();
    const { site } = outputFolder();
    await exportSite(journal, site, { renderThreads: 0 });
    journal.transaction(() => journal.settings.update({ siteTitle: 'A NEW BANNER' }));
    // Every page's key changed with the banner: all are rendered again, on threads, and replace the old ones.
    const rerendered = await exportSite(journal, site, { renderThreads: 1 });
    expect(rerendered.renderedOnThreads).toBeGreaterThan(0);
    expect(readTree(site)).toEqual(await freshExport(journal, { renderThreads: 0 }));
    expect(await exportSite(journal, site, { renderThreads: 1 })).toMatchObject({ written: 0 });
  });

  test('a cancelled export on threads leaves the folder as it was and no staging folder', async () => {
    const journal = bigJournal();
    const { parent, site } = outputFolder();
    await exportSite(journal, site, { renderThreads: 0 });
    const before = readTree(site);
    journal.transaction(() => journal.settings.update({ siteTitle: 'CANCELLED BANNER' }));
    const controller = new AbortController();
    await expect(
      exportSite(journal, site, { renderThreads: 1, signal: controller.signal, onProgress: ({ done }) => {
        if (done > 20) controller.abort();
      } }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(readTree(site)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['site']);
  });
});

describe('the pool', () => {
  const page = (dir: string): PageToRender => ({
    target: join(dir, 'page.html'),
    knownHash: null,
    review: {
      slug: 'page',
      path: 'reviews/page.html',
      pictures: [],
      row: [1, 'A Title', '제목', '["tvN"]', 2024, 1, 2, '["Comedy"]', 'B', 'Jill', 'USA', '["One."]', '["Two."]', '[]'],
    },
  });
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'dramalog-pool-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };
  const workerFile = (dir: string, source: string) => {
    const file = join(dir, 'worker.mjs');
    writeFileSync(file, source);
    return pathToFileURL(file);
  };

  test('from the TypeScript sources, threads start through the tsx bootstrap', () => {
    expect(renderWorkerEntry()?.pathname).toMatch(/render-worker-bootstrap\.mjs$/);
  });

  test('renders a batch and answers with each page’s hash', async () => {
    const dir = scratch();
    const pool = RenderPool.start(1)!;
    try {
      pool.setSite({ siteTitle: 'SITE', baseUrl: null, links: [] });
      await pool.whenReady();
      const results = await pool.offer([page(dir)]);
      expect(results).toEqual([[expect.stringMatching(/^[0-9a-f]{32}$/), true]]);
      // Known bytes are not written again.
      expect(await pool.offer([{ ...page(dir), knownHash: results![0][0] }])).toEqual([[results![0][0], false]]);
    } finally {
      await pool.close();
    }
  });

  test('writes a page drawn already as it is, without site settings; a page to draw before them is handed back', async () => {
    const dir = scratch();
    const pool = RenderPool.start(1, undefined, 'write')!;
    try {
      expect(pool.role).toBe('write');
      await pool.whenReady();
      const html = '<!DOCTYPE html><p lang="ko">드라마 한 편</p>\n';
      const [[hash, written]] = (await pool.offer([{ target: join(dir, 'drawn.html'), knownHash: null, html }]))!;
      expect(written).toBe(true);
      expect(readTree(dir)).toEqual({ 'drawn.html': html });
      expect(await pool.offer([{ target: join(dir, 'drawn.html'), knownHash: hash, html }])).toEqual([[hash, false]]);
      // No settings were sent: the thread cannot draw, and says so by failing the batch (the caller draws it).
      expect(await pool.offer([page(dir)])).toBeNull();
    } finally {
      await pool.close();
    }
  });

  test('a thread that fails to start takes no batch; one that dies hands its batch back (null)', async () => {
    const dir = scratch();
    const broken = RenderPool.start(1, workerFile(dir, 'throw new Error("cannot load");'))!;
    await broken.whenReady();
    expect(broken.hasRoom()).toBe(false);
    expect(broken.offer([page(dir)])).toBeNull();
    await broken.close();

    const other = scratch();
    const dying = RenderPool.start(
      1,
      workerFile(
        other,
        `import { parentPort } from 'node:worker_threads';
         parentPort.on('message', (m) => { if (m.type === 'batch') process.exit(3); });
         parentPort.postMessage({ type: 'ready' });`,
      ),
    )!;
    await dying.whenReady();
    const answer = dying.offer([page(dir)]);
    expect(answer).not.toBeNull();
    expect(await answer).toBeNull();
    expect(dying.hasRoom()).toBe(false);
    await dying.close();
  });
});
