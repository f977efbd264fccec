/**
 * Pictures on the exported site (`npm run bench pictures`, or `npx tsx scripts/bench-export-pictures.ts [reviews]`).
 *
 * A journal of 1,000 reviews with three pictures each (3,000 different JPEGs of
 * 800×600, so each is made at 480 and 800 pixels, as WebP and JPEG: 12,000 files)
 * is exported to a fresh folder, which encodes every picture; then re-exported
 * with nothing changed, and after editing one review, which must encode nothing
 * (the export's manifest is the cache). Goal (issue 13): the re-export after one
 * edit in under 0.2 s. Generating the journal is not timed. A benchmark measures
 * and prints; it never fails on a slow machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

// The app ships React's production build; measure that one (set before React loads).
process.env.NODE_ENV ??= 'production';

const { openJournal } = await import('../src-main/core/journal');
const { exportSite } = await import('../src-main/core/site/export-site');
type Journal = import('../src-main/core/journal').Journal;

const REVIEWS = Number(process.argv[2]) > 0 ? Number(process.argv[2]) : 1_000;
const PICTURES_EACH = 3;
const EDITS = 5;

const paragraph = (n: number, words: number) =>
  Array.from({ length: words }, (_, i) => ['the', 'piano', 'letter', 'night', 'market', 'song', 'rain', 'promise'][(n * 7 + i) % 8]).join(' ') + '.';

/** A different picture each time: a field and a disc whose colours and place follow `n`. */
function picture(n: number): Promise<Buffer> {
  const hue = (n * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="100%" height="100%" fill="hsl(${hue} 45% 35%)"/>` +
    `<circle cx="${100 + ((n * 13) % 600)}" cy="${100 + ((n * 29) % 400)}" r="${60 + (n % 90)}" fill="hsl(${(hue + 150) % 360} 60% 70%)"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

async function fillJournal(journal: Journal): Promise<void> {
  // Pictures first (asynchronous), then every review in one transaction.
  const files: string[] = [];
  for (let n = 0; n < REVIEWS * PICTURES_EACH; n += 1) files.push(journal.pictures.importBytes(await picture(n), 'jpg'));
  journal.transaction(() => {
    journal.settings.update({ siteTitle: 'KDRAMALOVE KOREAN DRAMA REVIEWS', siteUrl: 'https://kdramalove.example.org/' });
    for (let i = 0; i < REVIEWS; i += 1) {
      const drama = journal.dramas.create({
        title: `Picture Drama ${i + 1}`,
        nativeTitle: `사진 드라마 ${i + 1}`,
        platforms: ['tvN'],
        aired: { year: 2010 + (i % 15), month: 1 + (i % 12) },
        episodes: 16,
        genres: ['Romance'],
      });
      journal.reviews.save({
        dramaId: drama.id,
        grade: 'B+',
        reviewer: { name: 'Jill', location: 'USA' },
        intro: [paragraph(i, 90)],
        story: Array.from({ length: 4 }, (_, k) => paragraph(i + k, 85)),
        closing: [paragraph(i + 9, 60)],
        state: 'final',
        pictures: Array.from({ length: PICTURES_EACH }, (_, k) => ({ file: files[i * PICTURES_EACH + k], alt: `Still ${k + 1}`, section: 'story' as const, afterParagraph: k + 1 })),
      });
    }
  });
}

const s = (seconds: number) => `${seconds.toFixed(3)} s`;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(journal: Journal, site: string) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await exportSite(journal, site);
  const used = process.cpuUsage(cpu);
  // CPU time of the whole process, sharp's threads included: on a busy machine, steadier than the clock.
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, ...result };
}

const work = mkdtempSync(join(process.env.DRAMALOG_BENCH_DIR ?? tmpdir(), 'dramalog-bench-pictures-'));
try {
  console.log(`Pictures on the site: Node ${process.version}, ${availableParallelism()} CPUs, sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips})`);
  const journal = openJournal(join(work, 'journal.sqlite'));
  await fillJournal(journal);
  journal.db.pragma('wal_checkpoint(TRUNCATE)');
  console.log(`${REVIEWS.toLocaleString('en')} reviews, ${PICTURES_EACH} different 800×600 JPEGs each`);

  const site = join(work, 'site');
  const first = await timed(journal, site);
  console.log(`  first export                   ${s(first.seconds)} (${s(first.cpuSeconds)} of CPU): ${first.encoded.toLocaleString('en')} picture files encoded, ${first.written.toLocaleString('en')} files written`);
  const unchanged = await timed(journal, site);
  console.log(`  re-export, nothing changed     ${s(unchanged.seconds)} (${unchanged.encoded} encoded, ${unchanged.written} written)`);

  const edits: number[] = [];
  const cpus: number[] = [];
  let last = unchanged;
  for (let edit = 0; edit < EDITS; edit += 1) {
    const id = Math.ceil(REVIEWS / 2) + edit;
    const review = journal.reviews.get(id)!;
    journal.transaction(() => journal.reviews.save({ dramaId: id, ...review, story: [...review.story.slice(0, -1), `An edited last paragraph (${edit}).`] }));
    last = await timed(journal, site);
    edits.push(last.seconds);
    cpus.push(last.cpuSeconds);
  }
  console.log(
    `  re-export after one edit       best ${s(Math.min(...edits))}, median ${s(median(edits))}, worst ${s(Math.max(...edits))} ` +
      `(median ${s(median(cpus))} of CPU; ${last.encoded} encoded, ${last.written} files written; goal < 0.2 s)`,
  );
  journal.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
