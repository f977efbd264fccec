/**
 * The renderer's speed, measured in Chromium against the real journal core (a benchmark,
 * not a test: it prints figures and never fails on them).
 *
 *   npx electron-vite build && npx tsx scripts/bench-renderer.ts
 *
 * 1. Library: a journal of 10,000 dramas; time from navigation to the first library rows
 *    painted (goal: at most 0.4 s), over several page loads.
 * 2. Memory: the JS heap and the renderer process (goal: under 100 MiB) with the library
 *    open and scrolled, and again in the editor with a 3,000-word review.
 * 3. Typing into that review: per keystroke, the time from the key press until the preview
 *    shows the change, at the next frame (goal: median under 16 ms).
 *
 * The page is the built renderer served over http://127.0.0.1, with `window.dramalog`
 * bridged to the core in this process, exactly as the end-to-end tests run it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Journal } from '../src-main/core/journal';
import { bridgeInitScript, INVOKE_BINDING } from '../tests/support/browser/bridge-script';
import { JournalUnderTest } from '../tests/support/browser/journal-under-test';
import { serveFolder } from '../tests/support/browser/static-server';

const RENDERER_DIR = resolve(import.meta.dirname, '../out/renderer');
const CHROMIUM = process.env.DRAMALOG_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'];
const DRAMAS = 10_000;
const LOADS = 7;
const KEYSTROKES = 80;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'goal met' : 'GOAL MISSED');

const WORDS = 'the ferry crossed slowly while she counted lights on the far shore and wondered whether he would come back before the tide turned again'.split(' ');

function paragraph(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 3) % WORDS.length]!);
  out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
  return `${out.join(' ')}.`;
}

function seed(journal: Journal): number {
  let reviewed = 0;
  journal.transaction(() => {
    for (let i = 1; i <= DRAMAS; i++) {
      const drama = journal.dramas.create({
        title: `Drama ${String(i).padStart(5, '0')}`,
        nativeTitle: `드라마 ${i}`,
        platforms: [i % 2 ? 'Netflix' : 'tvN'],
        aired: { year: 2000 + (i % 25), month: (i % 12) + 1 },
        episodes: 16,
        genres: [i % 3 ? 'Romance' : 'Thriller'],
        watch: { status: i % 5 ? 'completed' : 'watching' },
      });
      if (i === 1) {
        reviewed = drama.id;
        // 3,000 words: 5 intro paragraphs, 40 of story, 5 of closing, 60 words each.
        const paragraphs = Array.from({ length: 50 }, (_, p) => paragraph(p, 60));
        journal.reviews.save({
          dramaId: drama.id,
          grade: 'B+',
          reviewer: { name: 'Jill', location: 'USA' },
          intro: paragraphs.slice(0, 5),
          story: paragraphs.slice(5, 45),
          closing: paragraphs.slice(45),
          state: 'draft',
        });
      } else if (i % 4 === 0) {
        journal.reviews.save({
          dramaId: drama.id,
          grade: 'A',
          reviewer: { name: 'Jill', location: '' },
          intro: ['Short.'],
          story: [],
          closing: [],
          state: 'final',
        });
      }
    }
  });
  return reviewed;
}

interface RendererMemory {
  /** Memory only this process uses and has written: what Chromium's task manager calls its footprint. */
  privateDirty: number;
  pss: number;
  rss: number;
}

/** The page's renderer process (Chromium runs as a child of this script), from /proc (Linux). */
function rendererMemory(): RendererMemory | null {
  if (process.platform !== 'linux') return null;
  const browserPid = process.pid;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  const descendants: number[] = [];
  const queue = [browserPid];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      descendants.push(child);
      queue.push(child);
    }
  }
  let best: RendererMemory | null = null;
  for (const pid of descendants) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--type=renderer')) continue;
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) * 1024;
      const sizes = { rss: field('Rss'), pss: field('Pss'), privateDirty: field('Private_Dirty') };
      // The page's renderer is the biggest one (others are spare or extension processes).
      if (!best || sizes.rss > best.rss) best = sizes;
    } catch {
      // Not ours to read, or gone.
    }
  }
  return best;
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

async function openPage(browser: Browser, journal: JournalUnderTest): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.exposeBinding(INVOKE_BINDING, async (_source, channel: string, input: unknown) => JSON.stringify(await journal.dispatch(channel, input)));
  await page.addInitScript({ content: bridgeInitScript() });
  // Notes, in the page's own clock, when the first library row appears and when the frame that shows it is drawn.
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __bench: Record<string, number> }).__bench = marks;
    const observer = new MutationObserver(() => {
      if (marks.rowsInDom || !document.querySelector('.library-row')) return;
      marks.rowsInDom = performance.now();
      requestAnimationFrame(() => {
        marks.rowsPainted = performance.now();
        observer.disconnect();
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  return page;
}

async function main() {
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
    console.error(`${RENDERER_DIR} is not built: run "npx electron-vite build" first.`);
    process.exit(1);
  }
  console.log(`Seeding a journal of ${DRAMAS.toLocaleString('en')} dramas…`);
  const started = performance.now();
  const journal = new JournalUnderTest();
  const reviewed = seed(journal.journal);
  console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s (${journal.path})`);

  const server = await serveFolder(RENDERER_DIR);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    // What Chromium's renderer costs before Dramalog does anything, to read the figures below by.
    const blank = await browser.newPage();
    await blank.goto('about:blank');
    const blankHeap = await heapUsed(blank);
    const blankProcess = rendererMemory();
    await blank.close();

    // ---- 1. library: first rows painted -------------------------------------
    const firstPaint: number[] = [];
    const inDom: number[] = [];
    const page = await openPage(browser, journal);
    for (let load = 0; load < LOADS; load++) {
      await page.goto('about:blank');
      await page.goto(new URL('index.html#/library', server.url).href);
      await page.waitForFunction(() => (window as unknown as { __bench: { rowsPainted?: number } }).__bench.rowsPainted !== undefined, null, {
        timeout: 30_000,
      });
      const marks = await page.evaluate(() => (window as unknown as { __bench: { rowsInDom: number; rowsPainted: number } }).__bench);
      // The first load warms caches (the browser's, the core's statements); count the rest.
      if (load > 0) {
        firstPaint.push(marks.rowsPainted);
        inDom.push(marks.rowsInDom);
      }
    }
    const rows = await page.locator('.library-row').count();
    console.log('\nLibrary with 10,000 dramas, from navigation to the first rows painted');
    console.log(`  median ${ms(median(firstPaint))} (rows in the page ${ms(median(inDom))}), slowest ${ms(Math.max(...firstPaint))}, over ${firstPaint.length} loads`);
    console.log(`  ${verdict(median(firstPaint) <= 400)} (goal: at most 400 ms); rows in the DOM: ${rows} of 10,000`);

    // Scroll through, as a user would, then measure memory.
    for (let y = 0; y < 40; y++) {
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(16);
    }
    const libraryHeap = await heapUsed(page);
    const libraryProcess = rendererMemory();

    // ---- 3. typing into a 3,000-word review ---------------------------------
    await page.goto(new URL(`index.html#/drama/${reviewed}/review`, server.url).href);
    const story = page.getByRole('textbox', { name: 'The Story', exact: true });
    await story.waitFor();
    const words = await page.getByTestId('word-count').textContent();
    await story.evaluate((area: HTMLTextAreaElement) => {
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    });
    await page.evaluate(() => {
      const w = window as unknown as { __keys: number[]; __pending: number | null; __phases: number[][]; __input: number; __mut: number };
      w.__keys = [];
      w.__phases = [];
      w.__pending = null;
      document.addEventListener('keydown', () => (w.__pending = performance.now()), true);
      document.addEventListener('input', () => (w.__input = performance.now()), true);
      const preview = document.querySelector('[data-testid="review-preview"]')!;
      new MutationObserver(() => {
        const start = w.__pending;
        if (start === null) return;
        w.__pending = null;
        const mutated = performance.now();
        // The change is on screen with the next frame.
        requestAnimationFrame(() => {
          w.__keys.push(performance.now() - start);
          w.__phases.push([w.__input - start, mutated - start, performance.now() - start]);
        });
      }).observe(preview, { childList: true, subtree: true, characterData: true });
    });
    const typed = ' and then the lights went out one by one across the water';
    for (const key of typed.repeat(Math.ceil(KEYSTROKES / typed.length)).slice(0, KEYSTROKES)) {
      await page.keyboard.type(key);
      await page.waitForTimeout(35);
    }
    await page.waitForTimeout(300);
    const perKey = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
    if (process.env.BENCH_PHASES) console.log(JSON.stringify(await page.evaluate(() => (window as unknown as { __phases: number[][] }).__phases.map((p) => p.map((v) => Math.round(v * 10) / 10)))));
    console.log(`\nTyping into a ${words}-word review: key press to preview updated (next frame)`);
    console.log(`  median ${ms(median(perKey))}, 90th percentile ${ms(percentile(perKey, 90))}, slowest ${ms(Math.max(...perKey))}, over the ${perKey.length} of ${KEYSTROKES} keys that changed it (a space at a paragraph's end shows nothing until the next letter)`);
    console.log(`  ${verdict(median(perKey) < 16)} (goal: median under 16 ms)`);
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 10_000 });

    // ---- 2. memory -------------------------------------------------------------
    const editorHeap = await heapUsed(page);
    const editorProcess = rendererMemory();
    console.log('\nRenderer memory (goal: under 100 MiB)');
    const show = (label: string, heap: number, process: RendererMemory | null) =>
      console.log(
        `  ${label}: JS heap ${mib(heap)}` +
          (process ? `; renderer process ${mib(process.privateDirty)} private (footprint), ${mib(process.pss)} PSS, ${mib(process.rss)} RSS` : ''),
      );
    show('blank page', blankHeap, blankProcess);
    show('library, 10,000 dramas, scrolled', libraryHeap, libraryProcess);
    show('editor, 3,000 words, after typing', editorHeap, editorProcess);
    const worst = Math.max(libraryProcess?.privateDirty ?? libraryHeap, editorProcess?.privateDirty ?? editorHeap);
    console.log(`  ${verdict(worst < 100 * 1024 * 1024)}: the larger footprint is ${mib(worst)} (PSS shares Chromium's own libraries among its processes, so it varies from run to run)`);
  } finally {
    await browser.close();
    await server.close();
    journal.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
