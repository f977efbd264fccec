/**
 * Reader benchmark: house-format reviews of 2 MB (an ordinary one, and one made of
 * runs of tens of thousands of spaces, which the old patterns read in quadratic
 * time) and 40,000-line tracker CSVs (one title on every line, and 40,000 titles).
 * Prints the median of a few rounds; never fails on the figures.
 * Run: npx tsx scripts/bench-parse.ts [--rounds N] [--src DIR] (DIR: another src-main, to compare)
 */
import { readReference } from '../tests/fixtures/fixtures';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const at = process.argv.indexOf('--src');
const src = at > 0 ? resolve(process.argv[at + 1]) : resolve(import.meta.dirname, '../src-main');
const { parseHouseReview } = (await import(join(src, 'core/house-format/parse.ts'))) as typeof import('../src-main/core/common/house-format/parse');
const { planTrackerImport } = (await import(join(src, 'core/transfer/tracker-import.ts'))) as typeof import('../src-main/core/transfer/tracker-import');
const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 5;
const TARGET = 2_000_000;

const reference = readReference().replace(/\r\n/g, '\n');

/**
 * The reference review with its story grown to about 2 MB: 380 paragraphs of about
 * 5,000 characters, or (`spaces`) a release and a genre line holding runs of 40,000
 * spaces and 100 paragraphs each holding a run of 19,000 (a paragraph may hold 20,000).
 */
function bigReview(spaces: boolean): string {
  const [head, rest] = reference.split('The Story:\n');
  const sentence = 'She waits at the station while the rain keeps falling on the platform. ';
  const prose = (i: number) => `${i}. ${sentence.repeat(Math.floor(TARGET / 380 / sentence.length))}`;
  const spaced = (i: number) => `${i}. She waits.${' '.repeat(19_000)}The rain keeps falling.`;
  const story = Array.from({ length: spaces ? 100 : 380 }, (_, i) => (spaces ? spaced(i) : prose(i))).join('\n\n');
  const run = ' '.repeat(40_000);
  const header = spaces
    ? head.replace('Disney+ / Hulu (Dec. 2023) 6 Episodes', `Disney+${run}/ Hulu${run}(Dec. 2023)${run}6 Episodes`).replace('Romance, Music, Grade: B+', `Romance,${run}Music,${run}Grade: B+`)
    : head;
  return `${header}The Story:\n\n${story}\n\n${rest}`;
}

function diary(lines: number, sameTitle: boolean): string {
  const rows = Array.from({ length: lines }, (_, i) => `2024-01-01,${sameTitle ? 'Moving' : `Drama ${i}`},2023,,4,,,2024-01-${String(1 + (i % 28)).padStart(2, '0')}`);
  return ['Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date', ...rows].join('\n');
}

function median(run: () => unknown): { ms: number; outcome: string } {
  const times: number[] = [];
  let outcome = '';
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    try {
      run();
      outcome = 'read';
    } catch (error) {
      outcome = `refused: ${(error as Error).message.slice(0, 70)}`;
    }
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], outcome };
}

const cases: [string, string, () => unknown][] = [];
for (const spaces of [false, true]) {
  const text = bigReview(spaces);
  cases.push([`house-format review, ${spaces ? 'runs of 40,000 spaces' : 'ordinary prose'}`, `${(text.length / 1e6).toFixed(1)} M chars`, () => parseHouseReview(text)]);
}
for (const sameTitle of [true, false]) {
  const text = diary(40_000, sameTitle);
  cases.push([`Letterboxd diary, 40,000 lines, ${sameTitle ? 'one title' : '40,000 titles'}`, `${(text.length / 1e6).toFixed(1)} M chars`, () => planTrackerImport({ text }, () => undefined)]);
}
console.log(`Readers (${src === resolve(import.meta.dirname, '../src-main') ? 'this tree' : src}), median of ${ROUNDS}:`);
for (const [label, size, run] of cases) {
  const { ms, outcome } = median(run);
  console.log(`  ${label.padEnd(52)} ${size.padStart(13)}  ${ms.toFixed(0).padStart(7)} ms  (${outcome})`);
}
