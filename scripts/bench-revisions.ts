/**
 * Earlier-versions benchmark: one long review (5,000 words by default) with 200
 * revisions, each a small edit ten minutes after the last, and one rewritten from
 * scratch; then the time to list the versions with what each changed (the dialog
 * opening) and to mark up the oldest version against the current text (choosing
 * it). Prints figures; never fails on them. Run: npx tsx scripts/bench-revisions.ts [--words N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Clock } from '../src-main/core/clock';
import { openJournal } from '../src-main/core/journal';
import { diffReview } from '../src-main/core/common/review-diff';

const WORDS = Number(process.argv[process.argv.indexOf('--words') + 1]) || 5_000;
const REVISIONS = 200;
const ROUNDS = 20;

let seed = 20_261_206;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const VOCABULARY = 'the ferry song rain quiet lead story friend mother secret years city heart music scene drama episode ending'.split(' ');
const word = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
const paragraphs = (words: number) => Array.from({ length: Math.ceil(words / 100) }, () => Array.from({ length: 100 }, word).join(' '));

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'dramalog-bench-revisions-'));
let now = Date.parse('2026-01-01T09:00:00Z');
const clock: Clock = { now: () => new Date(now) };
const journal = openJournal(join(dir, 'journal.sqlite'), { clock });
try {
  const drama = journal.dramas.create({
    title: 'Bench',
    nativeTitle: '벤치',
    platforms: ['Netflix'],
    aired: { year: 2024, month: 1 },
    episodes: 16,
    genres: ['Drama'],
  });
  let story = paragraphs(WORDS);
  const save = () =>
    journal.reviews.save({ dramaId: drama.id, grade: 'B', reviewer: { name: 'Jill', location: 'USA' }, intro: ['An intro.'], story, closing: ['The end.'], state: 'draft' });
  save();
  for (let i = 1; i < REVISIONS; i++) {
    now += 10 * 60_000;
    // Every 50th revision is a rewrite from scratch; the others change a few words in one paragraph.
    if (i % 50 === 0) story = paragraphs(WORDS);
    else {
      const at = Math.floor(random() * story.length);
      const words = story[at]!.split(' ');
      for (let n = 0; n < 5; n++) words[Math.floor(random() * words.length)] = word();
      story = story.map((p, j) => (j === at ? words.join(' ') : p));
    }
    save();
  }

  const listTimes: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    journal.revisions.list(drama.id);
    listTimes.push(performance.now() - start);
  }
  const list = journal.revisions.list(drama.id);
  const current = journal.revisions.get(list[0]!.id).content;
  const oldest = journal.revisions.get(list[list.length - 1]!.id).content;
  const diffTimes: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    diffReview(oldest, current);
    diffTimes.push(performance.now() - start);
  }
  console.log(`${list.length} versions of a ${WORDS.toLocaleString('en')}-word review`);
  console.log(`list with what each changed: median ${median(listTimes).toFixed(1)} ms`);
  console.log(`oldest against current (rewritten since): median ${median(diffTimes).toFixed(1)} ms`);
} finally {
  journal.close();
  rmSync(dir, { recursive: true, force: true });
}
