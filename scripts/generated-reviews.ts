/**
 * The journal the benchmarks measure: generated reviews (about 700 words each, Korean titles,
 * cross-links between them), the same on every run, and a cast and finish dates to add to them.
 * Shared by bench-export.ts and bench-publish.ts; generating is never timed.
 */
import type { Journal } from '../src-main/core/journal';
import type { Grade } from '../src-main/core/common/model';


/** A small deterministic generator, so every run benchmarks the same journal. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLE_WORDS = ['Moonlit', 'Ferry', 'Winter', 'Letters', 'Crash', 'Landing', 'Secret', 'Garden', 'Hospital', 'Playlist', 'Reply', 'Signal', 'Goblin', 'Healer', 'Mother', 'Youth', 'May', 'Curtain', 'Call', 'Night', 'Market', 'Detective', 'Summer', 'Strike', 'Blue', 'Tide', 'Our', 'Beloved', 'Village', 'Queen', 'Tears', 'Flower', 'Crew', 'Star', 'Falling', 'Run', 'Lovely', 'Runner'];
const HANGUL = ['사', '랑', '의', '불', '시', '착', '비', '밀', '정', '원', '겨', '울', '편', '지', '별', '그', '대', '청', '춘', '바', '다', '밤', '시', '장', '여', '름', '하', '늘', '꽃'];
const WORDS = 'the she he they drama story piano music friend city night letter station heart secret family office dream summer winter promise mother father brother sister teacher student doctor lawyer chef village sea mountain rain snow song camera scene episode character actor finally meanwhile however together again slowly quietly suddenly always never with from about into over under after before because while when although'.split(' ');
const GRADES: Grade[] = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D', 'F'];
const PLATFORMS = ['Netflix', 'tvN', 'KBS2', 'MBC', 'SBS', 'JTBC', 'Disney+', 'Hulu', 'TVING', 'Viki'];
const GENRES = ['Romance', 'Music', 'Mystery', 'Comedy', 'Melodrama', 'Thriller', 'Historical', 'Fantasy', 'Medical', 'Legal'];

const FAMILY = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Jeon', 'Hong'];
const GIVEN = ['Min', 'Ji', 'Seo', 'Hye', 'Jin', 'Woo', 'Hyun', 'Soo', 'Yeon', 'Jae', 'Eun', 'Ha', 'Joon', 'Sung', 'Ah', 'Rok', 'Kyung', 'Hee', 'Young', 'Bin'];
/** Of 2,500 actors: the `n`th cast entry's actor, so dramas share actors. */
const ACTORS = 2_500;
function actorName(n: number): string {
  const k = (n * 7919) % ACTORS;
  return `${FAMILY[k % FAMILY.length]} ${GIVEN[Math.floor(k / FAMILY.length) % GIVEN.length]} ${GIVEN[Math.floor(k / 400) % GIVEN.length]}`;
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)];
}

function sentence(rng: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(pick(rng, WORDS));
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

function paragraph(rng: () => number, words: number, mention?: string): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const n = 8 + Math.floor(rng() * 12);
    sentences.push(sentence(rng, n));
    count += n;
  }
  if (mention) sentences.splice(1, 0, `It reminded me of ${mention} (${2000 + Math.floor(rng() * 24)}).`);
  return sentences.join(' ');
}

export interface Generated {
  title: string;
  nativeTitle: string;
  platforms: string[];
  aired: { year: number; month: number };
  episodes: number;
  genres: string[];
  grade: Grade;
  intro: string[];
  story: string[];
  closing: string[];
}

export function generate(count: number): Generated[] {
  const rng = random(20231224);
  const titles: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const words = 1 + Math.floor(rng() * 3);
    titles.push(Array.from({ length: words }, () => pick(rng, TITLE_WORDS)).join(' ') + (rng() < 0.3 ? ` ${i}` : ''));
  }
  return titles.map((title, i) => {
    const other = titles[Math.floor(rng() * count)];
    const platforms = [...new Set([pick(rng, PLATFORMS), pick(rng, PLATFORMS)])];
    const genres = [...new Set([pick(rng, GENRES), pick(rng, GENRES), pick(rng, GENRES)])];
    // About 700 words: an intro, six story paragraphs, a closing.
    return {
      title,
      nativeTitle: Array.from({ length: 2 + Math.floor(rng() * 5) }, () => pick(rng, HANGUL)).join('') + (i % 7 === 0 ? ` ${i}` : ''),
      platforms,
      aired: { year: 2005 + Math.floor(rng() * 20), month: 1 + Math.floor(rng() * 12) },
      episodes: 1 + Math.floor(rng() * 24),
      genres,
      grade: pick(rng, GRADES),
      intro: [paragraph(rng, 90, other)],
      story: Array.from({ length: 6 }, (_, k) =>
        k === 0
          ? `${pick(rng, GIVEN)} ${pick(rng, GIVEN)} (${actorName(i * 4)}, ${titles[Math.floor(rng() * count)]}) ${paragraph(rng, 80)}`
          : paragraph(rng, 85, k === 2 ? titles[Math.floor(rng() * count)] : undefined),
      ),
      closing: [`I ${paragraph(rng, 90).toLowerCase()}`],
    };
  });
}

export function fillJournal(journal: Journal, reviews: readonly Generated[]): void {
  journal.transaction(() => {
    journal.settings.update({ siteTitle: 'KDRAMALOVE KOREAN DRAMA REVIEWS', siteUrl: 'https://kdramalove.example.org/' });
    for (const r of reviews) {
      const drama = journal.dramas.create({
        title: r.title,
        nativeTitle: r.nativeTitle,
        platforms: r.platforms,
        aired: r.aired,
        episodes: r.episodes,
        genres: r.genres,
        watch: { status: 'completed' },
      });
      journal.reviews.save({
        dramaId: drama.id,
        grade: r.grade,
        reviewer: { name: 'Jill', location: 'USA' },
        intro: r.intro,
        story: r.story,
        closing: r.closing,
        state: 'final',
      });
    }
  });
}

/** Four actors a drama (the one its review names first) and a finish date a drama, over several years. */
export function addCastAndDates(journal: Journal, count: number): void {
  journal.transaction(() => {
    for (let id = 1; id <= count; id += 1) {
      const used = new Set<string>();
      for (let k = 0; k < 4; k += 1) {
        const actor = actorName((id - 1) * 4 + k);
        if (used.has(actor)) continue;
        used.add(actor);
        journal.cast.add({ dramaId: id, actor, character: `Part ${k + 1}`, role: k < 2 ? 'lead' : 'support' });
      }
      const month = 1 + (id % 12);
      journal.dramas.updateWatch({ id, finishedOn: `${2015 + (id % 10)}-${String(month).padStart(2, '0')}-${String(1 + (id % 28)).padStart(2, '0')}` });
    }
  });
}
