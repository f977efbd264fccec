/**
 * The Diary at 10,000 watches, measured in Chromium against the real journal core (a
 * benchmark, not a test: it prints figures and never fails on them).
 *
 *   npx electron-vite build && npx tsx scripts/bench-diary.ts
 *
 * 1. diary.list in the core: every watch, newest first (what the Diary screen asks for).
 * 2. The Diary screen: time from navigation to the first month's entries painted (goal: at most
 *    0.4 s, as the library), the entries in the page (a page of months, not 10,000), and the time
 *    a year chosen in the filter takes to show.
 *
 * The page is the built renderer over http://127.0.0.1, with `window.dramalog` bridged to the
 * core in this process, as the end-to-end tests run it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Journal } from '../src-main/core/journal';
import { bridgeInitScript, INVOKE_BINDING } from '../tests/support/browser/bridge-script';
import { JournalUnderTest } from '../tests/support/browser/journal-under-test';
import { serveFolder } from '../tests/support/browser/static-server';

const RENDERER_DIR = resolve(import.meta.dirname, '../out/renderer');
const CHROMIUM = process.env.DRAMALOG_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const DRAMAS = 2_500;
/** Each drama finished once and rewatched three times: 10,000 watches. */
const REWATCHES = 3;
const LOADS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function seed(journal: Journal): void {
  const day = (n: number) => new Date(Date.UTC(2025, 11, 28) - n * 86_400_000).toISOString().slice(0, 10);
  journal.transaction(() => {
    for (let i = 0; i < DRAMAS; i++) {
      const { id } = journal.dramas.create({
        title: `Drama ${String(i + 1).padStart(4, '0')}`,
        nativeTitle: `드라마 ${i + 1}`,
        platforms: ['Netflix'],
        aired: { year: 2000 + (i % 25), month: (i % 12) + 1 },
        episodes: 16,
        genres: ['Romance'],
        watch: { status: 'completed', episodesWatched: 16, finishedOn: day(4 * i + REWATCHES) },
      });
      for (let back = REWATCHES - 1; back >= 0; back--) {
        journal.diary.logWatch({ dramaId: id, rewatch: true, finishedOn: day(4 * i + back), note: i % 5 ? null : 'A note on this watch.' });
      }
    }
  });
}

async function main() {
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
    console.error(`${RENDERER_DIR} is not built: run "npx electron-vite build" first.`);
    process.exit(1);
  }
  const journal = new JournalUnderTest();
  seed(journal.journal);
  const listTimes = Array.from({ length: LOADS }, () => {
    const start = performance.now();
    journal.journal.diary.list();
    return performance.now() - start;
  });
  console.log(`diary.list, ${journal.journal.diary.list().length.toLocaleString('en')} watches: ${ms(median(listTimes))} (median of ${LOADS})`);

  const server = await serveFolder(RENDERER_DIR);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.exposeBinding(INVOKE_BINDING, async (_source, channel: string, input: unknown) => JSON.stringify(await journal.dispatch(channel, input)));
    await page.addInitScript({ content: bridgeInitScript() });
    await page.addInitScript(() => {
      const marks: Record<string, number> = {};
      (window as unknown as { __bench: Record<string, number> }).__bench = marks;
      const observer = new MutationObserver(() => {
        if (marks.entriesInDom || !document.querySelector('.diary-entry')) return;
        marks.entriesInDom = performance.now();
        requestAnimationFrame(() => {
          marks.entriesPainted = performance.now();
          observer.disconnect();
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });

    const painted: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      await page.goto('about:blank');
      await page.goto(new URL('index.html#/diary', server.url).href);
      await page.waitForFunction(() => (window as unknown as { __bench: { entriesPainted?: number } }).__bench.entriesPainted !== undefined, null, { timeout: 30_000 });
      painted.push(await page.evaluate(() => (window as unknown as { __bench: { entriesPainted: number } }).__bench.entriesPainted));
    }
    const first = median(painted);
    console.log(`Diary screen, first entries painted: ${ms(first)} from navigation (median of ${LOADS}; goal 400 ms: ${first <= 400 ? 'goal met' : 'GOAL MISSED'})`);
    console.log(`entries in the page: ${await page.locator('.diary-entry').count()} of 10,000`);

    const years: number[] = [];
    for (const year of ['2010', '2000', '2020', '']) {
      const start = await page.evaluate(() => performance.now());
      await page.getByLabel('Year').selectOption(year);
      await page.waitForFunction((y) => !y || document.querySelector('h2')?.textContent?.includes(y), year);
      years.push((await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now()))))) - start);
    }
    console.log(`a year chosen in the filter, shown: ${ms(median(years))} (median of ${years.length})`);
  } finally {
    await browser.close();
    await server.close();
    journal.dispose();
  }
}

await main();
