/**
 * Does a site export keep the app answering? (`npm run bench`, or
 * `npx tsx scripts/bench-export-responsiveness.ts [sizes…]`)
 *
 * The app runs exports in the Electron main process, the process that also
 * answers the window's requests (see src-main/core/interactive/export-site-to-folder.ts).
 * That is fine only while the export yields often: this builds journals of
 * generated reviews (about 700 words each), exports them the way the app does,
 * and measures how late a 1 ms timer fires meanwhile: the longest wait and the
 * 99th percentile are how long a click or a keystroke's request could wait.
 * It also times the answer to a real request (`search.query`) sent every 10 ms
 * during the export. Goal: no pause near a second; the longest well under 0.5 s.
 * A benchmark measures and prints; it never fails on a slow machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The app ships React's production build; measure that one (set before React loads).
process.env.NODE_ENV ??= 'production';

const { openJournal } = await import('../src-main/core/journal');
const { createDispatch } = await import('../src-main/core/ipc/dispatch');
const { createHandlers } = await import('../src-main/core/ipc/handlers');
const { headlessHost } = await import('../src-main/core/ipc/host');
type Journal = import('../src-main/core/journal').Journal;

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const WORDS = 'the she he they drama story piano music friend city night letter station heart secret family office dream summer winter promise mother father'.split(' ');

function paragraph(seed: number, words: number): string {
  return `${Array.from({ length: words }, (_, i) => WORDS[(seed * 31 + i * 7) % WORDS.length]).join(' ')}.`;
}

function fill(journal: Journal, count: number): void {
  journal.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const drama = journal.dramas.create({
        title: `Generated Drama ${i}`,
        nativeTitle: `생성된 드라마 ${i}`,
        platforms: ['tvN', 'Netflix'],
        aired: { year: 2000 + (i % 25), month: 1 + (i % 12) },
        episodes: 16,
        genres: ['Romance', 'Comedy'],
        watch: { status: 'completed' },
      });
      journal.reviews.save({
        dramaId: drama.id,
        grade: 'B+',
        reviewer: { name: 'Jill', location: 'USA' },
        intro: [paragraph(i, 90)],
        story: Array.from({ length: 6 }, (_, k) => paragraph(i + k, 85)),
        closing: [`I ${paragraph(i, 90)}`],
        state: 'final',
      });
    }
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

for (const count of sizes.length ? sizes : [1_000, 10_000]) {
  const dir = mkdtempSync(join(tmpdir(), 'dramalog-bench-responsive-'));
  try {
    const journal = openJournal(join(dir, 'journal.sqlite'));
    fill(journal, count);
    const site = join(dir, 'site');
    const dispatch = createDispatch(createHandlers(journal, { ...headlessHost, chooseFolder: async () => site }));

    const gaps: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 1);
    const answers: number[] = [];
    let running = true;
    const asking = (async () => {
      while (running) {
        const sent = performance.now();
        await dispatch('search.query', { text: 'piano', limit: 20 });
        answers.push(performance.now() - sent);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();

    const start = performance.now();
    const result = await dispatch('site.export', {});
    const seconds = (performance.now() - start) / 1000;
    running = false;
    await asking;
    clearInterval(timer);
    if (!result.ok) throw new Error(result.error.message);
    gaps.sort((a, b) => a - b);
    answers.sort((a, b) => a - b);
    console.log(
      `${count.toLocaleString('en')} reviews: export ${seconds.toFixed(2)} s; ` +
        `event loop longest pause ${gaps.at(-1)!.toFixed(0)} ms, p99 ${percentile(gaps, 0.99).toFixed(0)} ms; ` +
        `search.query answered meanwhile ${answers.length}×, median ${percentile(answers, 0.5).toFixed(1)} ms, longest ${answers.at(-1)!.toFixed(0)} ms`,
    );
    journal.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
