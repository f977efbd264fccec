/**
 * Journal benchmark: a journal of 10,000 reviews of about 700 words, then the time
 * SQLite's quick_check takes (run on every open and before every backup), the time
 * to open the journal, and what synchronous=FULL costs a save against NORMAL.
 * Prints figures; never fails on them. Run: npx tsx scripts/bench-journal.ts [--reviews N]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { integrityProblems } from '../src-main/core/db/integrity';
import { openJournal } from '../src-main/core/journal';

const REVIEWS = Number(process.argv[process.argv.indexOf('--reviews') + 1]) || 10_000;
const ROUNDS = 5;
const SAVES = 200;

const WORDS = 'the rain keeps falling on the station platform while she waits for the last train home and he never comes back to the village where they met'.split(' ');
let seed = 7;
const word = () => WORDS[(seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % WORDS.length];
const paragraph = (words: number) => Array.from({ length: words }, word).join(' ');

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
}

const dir = mkdtempSync(join(tmpdir(), 'dramalog-bench-journal-'));
const path = join(dir, 'journal.sqlite');
try {
  const journal = openJournal(path);
  const buildStart = performance.now();
  journal.transaction(() => {
    for (let i = 0; i < REVIEWS; i++) {
      const drama = journal.dramas.create({
        title: `Drama ${i}`,
        nativeTitle: `드라마 ${i}`,
        platforms: ['Netflix'],
        aired: { year: 2010 + (i % 15), month: 1 + (i % 12) },
        episodes: 16,
        genres: ['Romance'],
      });
      journal.reviews.save({
        dramaId: drama.id,
        grade: 'B+',
        reviewer: { name: 'Bench', location: 'Here' },
        intro: [paragraph(100)],
        story: [paragraph(200), paragraph(200), paragraph(100)],
        closing: [paragraph(100)],
        state: 'final',
      });
      journal.notes.add({ dramaId: drama.id, episode: null, text: paragraph(30) });
    }
  });
  journal.db.pragma('wal_checkpoint(TRUNCATE)');
  const size = statSync(path).size;
  console.log(`Built ${REVIEWS.toLocaleString('en')} reviews in ${((performance.now() - buildStart) / 1000).toFixed(1)} s; journal file ${(size / 1_048_576).toFixed(0)} MB.`);

  const check = median(() => {
    if (integrityProblems(journal.db).length) throw new Error('the bench journal failed its check');
  });
  console.log(`quick_check:                       ${check.toFixed(0).padStart(6)} ms (median of ${ROUNDS})`);

  const saveTimes: Record<string, number> = {};
  for (const mode of ['NORMAL', 'FULL']) {
    journal.db.pragma(`synchronous = ${mode}`);
    const start = performance.now();
    for (let i = 0; i < SAVES; i++) journal.transaction(() => journal.notes.add({ dramaId: 1 + i, episode: null, text: `Save ${i}` }));
    saveTimes[mode] = (performance.now() - start) / SAVES;
  }
  console.log(`one save (a note), synchronous=NORMAL: ${saveTimes.NORMAL.toFixed(2)} ms; FULL: ${saveTimes.FULL.toFixed(2)} ms (mean of ${SAVES})`);
  journal.close();

  const open = median(() => openJournal(path).close());
  console.log(`open (quick_check included):       ${open.toFixed(0).padStart(6)} ms (median of ${ROUNDS})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
