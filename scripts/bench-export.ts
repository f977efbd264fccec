/**
 * Site export benchmark (`npm run bench`, or `npx tsx scripts/bench-export.ts [sizes…]`).
 *
 * Builds journals of 1,000 and 10,000 generated reviews (about 700 words each,
 * Korean titles, cross-links between them), exports each to a fresh folder and
 * prints pages per second and peak memory, then times a re-export with nothing
 * changed and one after editing a single review. Where `hugo` is installed, the
 * same reviews are written as Markdown and built by Hugo with a minimal
 * single-page layout; the two are timed alternately in the same run and the
 * ratio printed. Generating the journals is not timed, and what it wrote is
 * flushed to the disk before the timed rounds.
 *
 * Both write to the OS temp folder; DRAMALOG_BENCH_DIR=/dev/shm (a RAM disk)
 * takes the disk out of the comparison, which on a busy or slow disk is mostly
 * the cost of creating 10,000 files. Each figure is the best of several runs,
 * ours and Hugo's alternating (each going first every other round), with the median beside it.
 *
 * Goals (from the issue): a full 10,000-review export in at most half of Hugo's
 * time; a re-export after one edit at 10,000 reviews in under 0.06 s, and in under
 * 0.1 s with 2,500 actor and year pages (issue 10). A benchmark measures and
 * prints; it never fails on a slow machine.
 *
 * A full export renders on rendering threads where there are CPUs to spare,
 * and on two CPUs writes on one thread (core/site/render-pool.ts, exportThreads);
 * each round also times the export on one thread (renderThreads: 0), so the
 * difference shows. Every export starts its threads afresh: the times include that.
 * Last, the journal gets a cast (four actors a drama) and finish dates, and
 * the export with actor and year-in-review pages is timed as well.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

// The app ships React's production build; measure that one (set before React loads).
process.env.NODE_ENV ??= 'production';

const { openJournal } = await import('../src-main/core/journal');
const { exportSite } = await import('../src-main/core/site/export-site');
const { exportThreads } = await import('../src-main/core/site/render-pool');
const { formatByline, formatGenreLine, formatReleaseLine } = await import('../src-main/core/common/house-format/format');
const { assignSlugs } = await import('../src-main/core/site/slugs');
const { addCastAndDates, fillJournal, generate } = await import('./generated-reviews');
type Generated = import('./generated-reviews').Generated;
type Journal = import('../src-main/core/journal').Journal;

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
/** The threads a large export starts here by default; each round also times the export without them. */
const THREADS = exportThreads();
const sizes = SIZES.length ? SIZES : [1_000, 10_000];
const ROUNDS = 5;
/**
 * Deleting thousands of files (on a disk mounted with online discard, for one)
 * slows the file creations that follow, so timed runs write to fresh folders
 * and every output is deleted only at the very end.
 */
const cleanupLater: string[] = [];

// ---- Hugo ----------------------------------------------------------------------------------

function hugoVersion(): string | null {
  const probe = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

const yaml = (text: string) => JSON.stringify(text);

/** The same reviews as a Hugo site: one Markdown page each, one single-page layout. */
function writeHugoSite(dir: string, reviews: readonly Generated[]): void {
  mkdirSync(join(dir, 'content', 'reviews'), { recursive: true });
  mkdirSync(join(dir, 'layouts', '_default'), { recursive: true });
  writeFileSync(
    join(dir, 'config.toml'),
    'baseURL = "https://kdramalove.example.org/"\ntitle = "KDRAMALOVE KOREAN DRAMA REVIEWS"\n' +
      'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]\n',
  );
  writeFileSync(
    join(dir, 'layouts', '_default', 'single.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} ({{ .Params.native }})</title>
<link rel="stylesheet" href="../style.css"></head><body><main><p class="banner">{{ site.Title }}</p>
<h1>{{ .Title }}</h1><p lang="ko">{{ .Params.native }}</p><p>{{ .Params.release }}</p><p>{{ .Params.genres }}</p>
<p>{{ .Params.byline }}</p><p>~~~~~~~~~</p>{{ .Content }}<p>~~~~~~~~~~</p><p><a href="../">HOME TO KOREAN DRAMA REVIEWS</a></p>
<p>~~~~~~~~~~</p></main></body></html>\n`,
  );
  const slugs = assignSlugs(reviews.map((r, i) => ({ id: i + 1, title: r.title })));
  reviews.forEach((r, i) => {
    const front = [
      '---',
      `title: ${yaml(r.title)}`,
      `native: ${yaml(r.nativeTitle)}`,
      `release: ${yaml(formatReleaseLine(r))}`,
      `genres: ${yaml(formatGenreLine(r.genres, r.grade))}`,
      `byline: ${yaml(formatByline({ name: 'Jill', location: 'USA' }))}`,
      `slug: ${yaml(slugs.get(i + 1)!)}`,
      '---',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'content', 'reviews', `${slugs.get(i + 1)}.md`), `${front}${[...r.intro, 'The Story:', ...r.story, ...r.closing].join('\n\n')}\n`);
  });
}

function timeHugo(siteDir: string, outDir: string): number {
  const start = performance.now();
  const run = spawnSync('hugo', ['--quiet', '--source', siteDir, '--destination', outDir], { encoding: 'utf8' });
  const elapsed = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`hugo failed: ${run.stderr}`);
  return elapsed;
}

/** Writes what the system still holds in memory to the disk (`sync`), where there is such a command. */
function settleDisk(): void {
  if (process.platform !== 'win32') spawnSync('sync');
}

// ---- measuring ours ------------------------------------------------------------------------

interface Timed {
  seconds: number;
  /** Of the whole process, rendering threads included. */
  peakRss: number;
  pages: number;
  written: number;
  renderedOnThreads: number;
  writtenOnThreads: number;
}

async function timeExport(journal: Journal, outDir: string, renderThreads?: number): Promise<Timed> {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  const result = await exportSite(journal, outDir, {
    renderThreads,
    onProgress: () => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    },
  });
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { seconds, peakRss, pages: result.pages, written: result.written, renderedOnThreads: result.renderedOnThreads, writtenOnThreads: result.writtenOnThreads };
}

/** Re-exports after editing one review's last paragraph, ROUNDS times: [best, median, worst, files written]. */
async function timeEdits(journal: Journal, site: string, first: number): Promise<[number, number, number, number]> {
  const edits: number[] = [];
  let written = 0;
  for (let edit = 0; edit < ROUNDS; edit += 1) {
    const target = first + edit;
    const review = journal.reviews.get(target)!;
    journal.transaction(() =>
      journal.reviews.save({ dramaId: target, ...review, story: [...review.story.slice(0, -1), `An edited last paragraph (${edit}, ${first}).`] }),
    );
    const edited = await timeExport(journal, site);
    edits.push(edited.seconds);
    written = edited.written;
  }
  return [Math.min(...edits), median(edits), Math.max(...edits), written];
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (seconds: number) => `${seconds.toFixed(3)} s`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function benchmark(size: number, hugo: string | null): Promise<void> {
  const work = mkdtempSync(join(process.env.DRAMALOG_BENCH_DIR ?? tmpdir(), `dramalog-bench-${size}-`));
  try {
    // Only the journal and the Hugo site keep the reviews: holding them here too would make every
    // garbage collection during the timed exports walk 10,000 reviews the app would not have in memory.
    let generated: Generated[] | null = generate(size);
    const words = generated.reduce((n, r) => n + [...r.intro, ...r.story, ...r.closing].join(' ').split(/\s+/).length, 0);
    const journal = openJournal(join(work, 'journal.sqlite'));
    fillJournal(journal, generated);
    if (hugo) writeHugoSite(join(work, 'hugo'), generated);
    const newTitle = `${generated[1].title.split(' ')[0]} Ferry Tale`;
    generated = null;
    // Settle the journal as the app finds it when opened: its write-ahead log folded into the file.
    journal.db.pragma('wal_checkpoint(TRUNCATE)');
    console.log(`\n${size.toLocaleString('en')} reviews (${Math.round(words / size)} words each on average)`);

    const ours: number[] = [];
    const single: number[] = [];
    const hugos: number[] = [];
    let peak = 0;
    let pages = 0;
    let onThreads = 0;
    let writtenOnThreads = 0;
    // What setting up wrote goes to the disk first, so neither side's first round waits on it.
    settleDisk();
    for (let round = 1; round <= ROUNDS; round += 1) {
      // Hugo goes first every other round: whichever runs second finds the disk busier.
      const hugoFirst = hugo !== null && round % 2 === 0;
      if (hugo && hugoFirst) hugos.push(timeHugo(join(work, 'hugo'), join(work, `hugo-out-${round}`)));
      gc();
      const run = await timeExport(journal, join(work, `site-${round}`));
      ours.push(run.seconds);
      peak = Math.max(peak, run.peakRss);
      pages = run.pages;
      onThreads = run.renderedOnThreads;
      writtenOnThreads = run.writtenOnThreads;
      if (hugo && !hugoFirst) hugos.push(timeHugo(join(work, 'hugo'), join(work, `hugo-out-${round}`)));
    }
    // The other way, after (interleaved, its threads' start and end disturbed the rounds measured above).
    for (let round = 1; round <= 3; round += 1) {
      gc();
      single.push((await timeExport(journal, join(work, `single-${round}`), 0)).seconds);
    }
    const best = Math.min(...ours);
    const rate = (seconds: number) => Math.round(pages / seconds).toLocaleString('en');
    console.log(
      `  full export      best ${s(best)}, median ${s(median(ours))}, worst ${s(Math.max(...ours))}: ${pages.toLocaleString('en')} pages, ` +
        `${rate(best)} pages/s best, ${rate(median(ours))} median (${onThreads.toLocaleString('en')} of them rendered and ${writtenOnThreads.toLocaleString('en')} written on other threads)`,
    );
    console.log(
      `  on one thread    best ${s(Math.min(...single))}, median ${s(median(single))} ` +
        `(renderThreads: 0, for comparison; the default here is ${THREADS.count} thread${THREADS.count === 1 ? '' : 's'} that ${THREADS.role}${THREADS.count === 1 ? 's' : ''})`,
    );
    console.log(`  peak memory      ${mb(peak)} RSS during export, threads included (process max RSS ${mb(process.resourceUsage().maxRSS * 1024)})`);

    const site = join(work, `site-${ROUNDS}`);
    const unchanged = await timeExport(journal, site);
    console.log(`  re-export, nothing changed     ${s(unchanged.seconds)} (${unchanged.written} files written)`);
    const [editBest, editMedian, editWorst, editWritten] = await timeEdits(journal, site, Math.ceil(size / 2));
    console.log(`  re-export after one edit       best ${s(editBest)}, median ${s(editMedian)}, worst ${s(editWorst)} (${editWritten} files written; goal < 0.06 s at 10,000)`);
    // A new review changes the lists, the feed, and every page naming its title (now a link).
    const [sample] = generate(1);
    fillJournal(journal, [{ ...sample, title: newTitle }]);
    const added = await timeExport(journal, site);
    console.log(`  re-export after a new review   ${s(added.seconds)} (${added.written} files written)`);

    if (hugo) {
      const hugoBest = Math.min(...hugos);
      console.log(`  hugo (same reviews, Markdown)  best ${s(hugoBest)}, median ${s(median(hugos))}, worst ${s(Math.max(...hugos))}`);
      console.log(
        `  ours / hugo      ${(best / hugoBest).toFixed(2)} best to best, ${(median(ours) / median(hugos)).toFixed(2)} median to median, ` +
          `rounds ${ours.map((t, i) => (t / hugos[i]).toFixed(2)).join(' ')} (goal for 10,000: at most 0.50)`,
      );
    }

    // The site of issue 5: actor pages, actor names linked in the reviews, years in review.
    addCastAndDates(journal, size);
    const withCast: Timed[] = [];
    for (let round = 1; round <= 3; round += 1) {
      gc();
      withCast.push(await timeExport(journal, join(work, `cast-${round}`)));
    }
    const castBest = Math.min(...withCast.map((t) => t.seconds));
    const castPages = withCast[0].pages;
    console.log(
      `  with cast and finish dates     best ${s(castBest)}, median ${s(median(withCast.map((t) => t.seconds)))}: ${castPages.toLocaleString('en')} pages ` +
        `(${(castPages - pages).toLocaleString('en')} actor and year pages), ${Math.round(castPages / castBest).toLocaleString('en')} pages/s`,
    );
    const [castEditBest, castEditMedian, , castEditWritten] = await timeEdits(journal, join(work, 'cast-3'), Math.ceil(size / 3));
    console.log(`  … re-export after one edit     best ${s(castEditBest)}, median ${s(castEditMedian)} (${castEditWritten} files written; goal < 0.1 s at 10,000)`);
    journal.close();
  } finally {
    cleanupLater.push(work);
  }
}

const hugo = hugoVersion();
console.log(
  `Site export benchmark: Node ${process.version}, ${cpus().length} CPUs, NODE_ENV=${process.env.NODE_ENV}, writing under ${process.env.DRAMALOG_BENCH_DIR ?? tmpdir()}`,
);
console.log(hugo ? `Hugo: ${hugo}` : 'Hugo: not installed, so no comparison');
try {
  for (const size of sizes) await benchmark(size, hugo);
} finally {
  for (const dir of cleanupLater) rmSync(dir, { recursive: true, force: true });
}
