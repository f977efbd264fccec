/**
 * Search benchmark: a journal of 10,000 generated reviews of about 700 words with
 * Korean titles, then the median and 95th-percentile time of English, Korean and
 * prefix queries. Prints figures; never fails on them (speed goals live here, not
 * in tests). Run: npx tsx scripts/bench-search.ts [--reviews N]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openJournal } from '../src-main/core/journal';
import { GRADES } from '../src-main/core/common/model';

const REVIEWS = Number(process.argv[process.argv.indexOf('--reviews') + 1]) || 10_000;
const WORDS_PER_REVIEW = 700;
const ROUNDS = 30;

// A small deterministic generator, so every run searches the same journal.
let seed = 20_240_601;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

const COMMON = (
  'the and of to a in that it was he she for on is with as his her they at be this from have had by not but ' +
  'what all were when we there can an your which their said if do will each about how up out them then many ' +
  'some so these would other into has more two time like could see him no way been who its now people my ' +
  'made over did down only find use may water long little very after called just where most know drama ' +
  'episode story actor actress scene love friend family music piano camera city heart secret past years ' +
  'brother sister mother father doctor lawyer company school police village ghost king queen palace war'
).split(' ');
const SYLLABLES = 'ka ri so mi do hyun seo jin ho su na ra ma ta pe lo ve ne qu zi be co fu gi wa yo'.split(' ');
const TAIL = Array.from({ length: 6_000 }, (_, i) => {
  let word = '';
  for (let n = 2 + (i % 3); n > 0; n--) word += pick(SYLLABLES);
  return word;
});
const VOCABULARY = [...COMMON, ...TAIL];
/** Zipf-like: word i is drawn with weight 1/(i+1), as in real prose. */
const CUMULATIVE = (() => {
  let total = 0;
  return VOCABULARY.map((_, i) => (total += 1 / (i + 1)));
})();
function word(): string {
  const target = random() * CUMULATIVE[CUMULATIVE.length - 1];
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo];
}

const HANGUL = '사운드트랙전쟁눈물의여왕달빛나루오월청춘사랑비밀정원하늘바다별빛도시마을궁전왕비가족친구학교병원경찰'.split('');
const SURNAMES = (
  'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo Ko Moon Yang Son Bae ' +
  'Baek Heo Nam Noh Keum Sohn Ha Kwak Sung Cha Joo Woo Ryu Na Jin Eom Byun Chae Won Bang'
).split(' ');
const GIVEN = (
  'Sae Rok Sang Hyun Hye Jin Seung Woo Jeong Hyuck Do Ha Neul Min Ji Soo Yeon Bin Eun Young Joon Ho Kyung Hee Sook ' +
  'Chul Dong Gun Hwan Il Jae Jun Kyu Mi Myung Nam Ok Sun Tae Won Yong Yu Bo Chan Da Gyu In Ju Mun Na Ra Rim Ryeo ' +
  'Seol Si Sol Wook Ye Yoon Hoon Gi Baek Beom'
).split(' ');
const person = () => `${pick(SURNAMES)} ${pick(GIVEN)} ${pick(GIVEN)}`;
const koreanTitle = () => Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(HANGUL)).join('') + (random() < 0.3 ? ` <${pick(HANGUL)}${pick(HANGUL)}>` : '');
const sentence = () => {
  const words = Array.from({ length: 8 + Math.floor(random() * 14) }, word);
  if (random() < 0.15) words.splice(3, 0, `${person()} (${person()})`);
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
};
function paragraphs(words: number): string[] {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const paragraph: string[] = [];
    for (let s = 0; s < 5; s++) paragraph.push(sentence());
    const text = paragraph.join(' ');
    count += text.split(' ').length;
    out.push(text);
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'dramalog-bench-search-'));
const journal = openJournal(join(dir, 'journal.sqlite'));
try {
  console.log(`Building a journal of ${REVIEWS.toLocaleString('en')} reviews of ~${WORDS_PER_REVIEW} words…`);
  const knownTitles: string[] = [];
  const knownActors: string[] = [];
  const buildStart = performance.now();
  journal.transaction(() => {
    for (let i = 0; i < REVIEWS; i++) {
      const english = `${word()} ${word()} ${i}`.replace(/^./, (c) => c.toUpperCase());
      const korean = koreanTitle();
      if (i % 500 === 0) knownTitles.push(korean);
      const drama = journal.dramas.create({
        title: english,
        nativeTitle: korean,
        platforms: [pick(['Netflix', 'tvN', 'Disney+', 'KBS2', 'JTBC'])],
        aired: { year: 2010 + (i % 15), month: 1 + (i % 12) },
        episodes: 16,
        genres: [pick(['Romance', 'Thriller', 'Comedy', 'Historical', 'Music'])],
      });
      const body = paragraphs(WORDS_PER_REVIEW);
      journal.reviews.save({
        dramaId: drama.id,
        grade: pick(GRADES),
        reviewer: { name: 'Bench', location: 'Here' },
        intro: body.slice(0, 1),
        story: body.slice(1, -1),
        closing: body.slice(-1),
        state: 'final',
      });
      for (let c = 0; c < 3; c++) {
        const actor = person();
        if (i % 700 === 0 && c === 0) knownActors.push(actor);
        journal.cast.add({ dramaId: drama.id, actor, character: person(), role: c < 2 ? 'lead' : 'support' });
      }
    }
  });
  const buildMs = performance.now() - buildStart;
  journal.db.pragma('wal_checkpoint(TRUNCATE)');
  const size = statSync(join(dir, 'journal.sqlite')).size;
  console.log(`Built and indexed in ${(buildMs / 1000).toFixed(1)} s; journal file ${(size / 1_048_576).toFixed(0)} MB.`);

  const queries: Record<string, string[]> = {
    'English word': ['piano', 'secret', 'lawyer', 'palace', 'ghost', 'kariso', 'domiseo'],
    'English prefix': ['pian', 'secr', 'law', 'pal', 'kar', 'dom', 'hyu'],
    'English phrase / two words': ['piano music', 'ghost village', 'secret past', 'kim sae'],
    'actor name': knownActors.slice(0, 6),
    'Korean 1 syllable': ['사', '궁', '별'],
    'Korean 2 syllables': ['전쟁', '사랑', '달빛', '궁전', ...knownTitles.slice(0, 3).map((t) => t.slice(0, 2))],
    'Korean 3+ syllables': ['사운드', '눈물의', ...knownTitles.slice(3, 8).map((t) => t.slice(0, 3))],
    'very common word': ['the', 'drama', 'love'],
  };

  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const measure = (run: (q: string) => unknown, list: string[]) => {
    for (const q of list) run(q); // warm the page cache and statements
    const times: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const q of list) {
        const t = performance.now();
        run(q);
        times.push(performance.now() - t);
      }
    }
    times.sort((a, b) => a - b);
    return { median: percentile(times, 50), p95: percentile(times, 95) };
  };
  const fmt = (ms: number) => `${ms.toFixed(2)} ms`.padStart(9);

  console.log(`\nQuery times over ${ROUNDS} rounds (20 results each):`);
  console.log(`${'queries'.padEnd(28)} ${'hits'.padStart(6)}   FTS5 median / p95     full search (+ snippets) median / p95`);
  const everything: string[] = [];
  for (const [label, list] of Object.entries(queries)) {
    everything.push(...list.filter((q) => !queries['very common word'].includes(q)));
    const hits = Math.round(list.reduce((n, q) => n + journal.search.matchIds(q, 100_000).length, 0) / list.length);
    const fts = measure((q) => journal.search.matchIds(q), list);
    const full = measure((q) => journal.search.search({ text: q }), list);
    console.log(
      `${label.padEnd(28)} ${String(hits).padStart(6)}  ${fmt(fts.median)} /${fmt(fts.p95)}      ${fmt(full.median)} /${fmt(full.p95)}`,
    );
  }
  const fts = measure((q) => journal.search.matchIds(q), everything);
  const full = measure((q) => journal.search.search({ text: q }), everything);
  console.log(
    `\nAll typical queries (${everything.length}, without the very common words):` +
      `\n  FTS5 ranked match:           median ${fmt(fts.median)}, p95 ${fmt(fts.p95)}` +
      `\n  search() with snippets:      median ${fmt(full.median)}, p95 ${fmt(full.p95)}` +
      `\n  goal: about 2 ms median for the FTS5 query`,
  );
} finally {
  journal.close();
  rmSync(dir, { recursive: true, force: true });
}
