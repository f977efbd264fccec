import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import type { Journal } from '../../../src-main/core/journal';
import type { DramaCreateInput, SearchResult, TextSegment } from '../../../src-main/core/common/model';
import { openTempJournal, sampleDrama } from '../../support/temp-journal';

let journal: Journal;
let cleanup = () => {};
beforeEach(() => {
  const temp = openTempJournal();
  journal = temp.journal;
  cleanup = temp.cleanup;
});
afterEach(() => cleanup());

function add(fields: Partial<DramaCreateInput>, review?: { intro?: string[]; story?: string[]; closing?: string[] }): number {
  return journal.transaction(() => {
    const drama = journal.dramas.create({ ...sampleDrama, ...fields });
    if (review) {
      journal.reviews.save({
        dramaId: drama.id,
        grade: 'B+',
        reviewer: { name: 'Jill', location: 'USA' },
        intro: review.intro ?? [],
        story: review.story ?? [],
        closing: review.closing ?? [],
        state: 'final',
      });
    }
    return drama.id;
  });
}

const titles = (text: string) => journal.search.search({ text }).map((r) => r.title);
const marked = (segments: TextSegment[]) => segments.filter((s) => s.match).map((s) => s.text);
const plain = (segments: TextSegment[]) => segments.map((s) => s.text).join('');

describe('Korean', () => {
  beforeEach(() => {
    add({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' });
    add({ title: 'Tears of War', nativeTitle: '눈물의 <전쟁>' });
    add({ title: 'Moonlit Ferry', nativeTitle: '달빛 나루' });
  });

  test('사운드 finds 사운드트랙 #2, a part of a word, and marks just that part', () => {
    const [hit, ...rest] = journal.search.search({ text: '사운드' });
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2', matchedIn: ['nativeTitle'] });
    expect(hit.nativeTitleSegments).toEqual([
      { text: '사운드', match: true },
      { text: '트랙 #2', match: false },
    ]);
  });

  test('the two-syllable 전쟁 finds the title with <전쟁>', () => {
    const [hit] = journal.search.search({ text: '전쟁' });
    expect(titles('전쟁')).toEqual(['Tears of War']);
    expect(hit.nativeTitleSegments).toEqual([
      { text: '눈물의 <', match: false },
      { text: '전쟁', match: true },
      { text: '>', match: false },
    ]);
  });

  test('the middle or the end of a word matches too, and so does a single syllable', () => {
    expect(titles('트랙')).toEqual(['Soundtrack #2']);
    expect(titles('운드트')).toEqual(['Soundtrack #2']);
    expect(titles('쟁')).toEqual(['Tears of War']);
    expect(titles('빛')).toEqual(['Moonlit Ferry']);
    expect(titles('달빛 나루')).toEqual(['Moonlit Ferry']);
  });

  test('letters that do not sit together in the title do not match', () => {
    expect(titles('사트')).toEqual([]);
    expect(titles('물전')).toEqual([]);
    expect(titles('드랙')).toEqual([]);
  });

  test('a syllable still being composed (a bare jamo at the end) is left out of the search', () => {
    expect(titles('사운ㄷ')).toEqual(['Soundtrack #2']);
    expect(titles('ㅅ')).toEqual([]);
  });
});

describe('English', () => {
  test('a word prefix finds the word, in any letter case, and marks the whole word', () => {
    add({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' });
    const [hit] = journal.search.search({ text: 'sound' });
    expect(hit.title).toBe('Soundtrack #2');
    expect(hit.titleSegments).toEqual([
      { text: 'Soundtrack', match: true },
      { text: ' #2', match: false },
    ]);
    expect(titles('SOUNDT')).toEqual(['Soundtrack #2']);
    expect(titles('ound')).toEqual([]);
  });

  test('review text, notes and cast are searched, and the result says where it matched', () => {
    const review = add(
      { title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' },
      { story: ['Hyeon Seo eventually agrees to be his piano teacher.'], closing: ['Keep an eye out for that beautiful camerawork.'] },
    );
    const noted = add({ title: 'Moonlit Ferry', nativeTitle: '달빛 나루' });
    journal.transaction(() => journal.notes.add({ dramaId: noted, episode: 4, text: 'The ferryman knew all along.' }));
    const cast = add({ title: 'Youth Of May', nativeTitle: '오월의 청춘' });
    journal.transaction(() => journal.cast.add({ dramaId: cast, actor: 'Lee Do Hyun', character: 'Hwang Hee Tae', role: 'lead' }));

    expect(journal.search.search({ text: 'camerawork' })).toMatchObject([{ dramaId: review, matchedIn: ['review'] }]);
    expect(journal.search.search({ text: 'ferryman' })).toMatchObject([{ dramaId: noted, matchedIn: ['notes'] }]);
    const [actor] = journal.search.search({ text: 'hwang hee' });
    expect(actor).toMatchObject({ dramaId: cast, matchedIn: ['cast'] });
    expect(plain(actor.snippet!.segments)).toBe('Lee Do Hyun (Hwang Hee Tae)');
    expect(marked(actor.snippet!.segments)).toEqual(['Hwang', 'Hee']);
  });

  test('every word must match somewhere, in any field', () => {
    add({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' }, { story: ['She gives piano lessons.'] });
    add({ title: 'Piano Man', nativeTitle: '피아노 맨' });
    expect(titles('piano soundtrack')).toEqual(['Soundtrack #2']);
    expect(titles('piano')).toHaveLength(2);
    expect(titles('piano violin')).toEqual([]);
  });

  test('accents are ignored: cafe finds Café', () => {
    add({ title: 'Café Minamdang', nativeTitle: '미남당' });
    expect(titles('cafe')).toEqual(['Café Minamdang']);
    expect(marked(journal.search.search({ text: 'CAFÉ' })[0].titleSegments)).toEqual(['Café']);
  });

  test('a single letter matches that word only (K, not every word starting with k)', () => {
    add({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' }, { story: ['A musician nicknamed K joins them.'] });
    add({ title: 'King the Land', nativeTitle: '킹더랜드' });
    expect(titles('K')).toEqual(['Soundtrack #2']);
    expect(titles('2')).toEqual(['Soundtrack #2']);
  });
});

describe('ranking and snippets', () => {
  test('a title match ranks above a match in the review body', () => {
    add({ title: 'A Quiet Week', nativeTitle: '조용한 주' }, { story: ['They meet on a ferry.', 'The ferry leaves at dawn; the ferry returns at dusk.'] });
    add({ title: 'Moonlit Ferry', nativeTitle: '달빛 나루' }, { story: ['Nothing about boats here.'] });
    expect(titles('ferry')).toEqual(['Moonlit Ferry', 'A Quiet Week']);
  });

  test('a Korean title match ranks above the same word in notes', () => {
    const noted = add({ title: 'A Quiet Week', nativeTitle: '조용한 주' });
    journal.transaction(() => journal.notes.add({ dramaId: noted, episode: null, text: '전쟁 장면이 좋았다. 전쟁!' }));
    add({ title: 'Tears of War', nativeTitle: '눈물의 <전쟁>' });
    expect(titles('전쟁')).toEqual(['Tears of War', 'A Quiet Week']);
  });

  test('the snippet is the stretch around the match, cut at words, with … where text was left out', () => {
    const filler = 'Many gorgeous, picturesque scenes of the city and country abound in every single episode of it. ';
    add(
      { title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' },
      { closing: [`${filler.repeat(3)}Keep an eye out for that beautiful camerawork as you enjoy this short drama. ${filler.repeat(3)}`] },
    );
    const [hit] = journal.search.search({ text: 'camerawork' });
    const { field, segments } = hit.snippet!;
    expect(field).toBe('review');
    expect(marked(segments)).toEqual(['camerawork']);
    const text = plain(segments);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThan(200);
    expect(text).toContain('Keep an eye out for that beautiful camerawork as you enjoy');
    // Cut at word boundaries: what is shown sits between spaces in the review.
    const closing = journal.dramas.get(hit.dramaId).review!.closing[0];
    expect(` ${closing} `).toContain(` ${text.slice(1, -1)} `);
  });

  test('the snippet comes from the paragraph that holds the most query words', () => {
    add(
      { title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' },
      { intro: ['The piano is everywhere.'], story: ['Su Ho takes piano lessons from Hyeon Seo.'] },
    );
    const [hit] = journal.search.search({ text: 'piano lessons' });
    expect(plain(hit.snippet!.segments)).toBe('Su Ho takes piano lessons from Hyeon Seo.');
    expect(marked(hit.snippet!.segments)).toEqual(['piano', 'lessons']);
  });

  test('markup in text stays text: segments carry the characters, the UI marks them', () => {
    add({ title: '<script>alert(1)</script> Night', nativeTitle: '밤' });
    const [hit] = journal.search.search({ text: 'night' });
    expect(plain(hit.titleSegments)).toBe('<script>alert(1)</script> Night');
    expect(marked(hit.titleSegments)).toEqual(['Night']);
  });

  test('results carry the drama id, titles, grade, status and air date, and respect the limit', () => {
    for (let i = 1; i <= 5; i++) add({ title: `Ferry ${i}`, nativeTitle: `나루 ${i}` }, { story: ['x'] });
    const results = journal.search.search({ text: 'ferry', limit: 3 });
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject<Partial<SearchResult>>({ grade: 'B+', status: 'plan-to-watch', aired: { year: 2024, month: 3 } });
  });
});

describe('a whole-phrase match ranks first', () => {
  function cast(title: string, nativeTitle: string, actors: [string, string][]): number {
    const id = add({ title, nativeTitle });
    journal.transaction(() => journal.cast.addMany({ dramaId: id, members: actors.map(([actor, character]) => ({ actor, character })) }));
    return id;
  }

  beforeEach(() => {
    // Every word of "Kim Soo Hyun", several times over, but never as the name: bm25 alone ranks these first.
    cast('Youth of May', '오월의 청춘', [
      ['Lee Do Hyun', 'Hwang Hee Tae'],
      ['Kim Myung Hee', 'Kim Soo Ryun'],
      ['Go Min Si', 'Kim Myung Hee'],
      ['Lee Sang Yi', 'Lee Soo Chan'],
    ]);
    cast('Queen of Tears', '눈물의 여왕', [
      ['Kim Ji Won', 'Hong Hae In'],
      ['Kim Soo Hyun', 'Baek Hyun Woo'],
    ]);
    cast('Hometown Cha-Cha-Cha', '갯마을 차차차', [
      ['Kim Seon Ho', 'Hong Doo Sik'],
      ['Shin Min A', 'Yoon Hye Jin'],
      ['Kim Young Ok', 'Kim Gam Ri'],
      ['Lee Sang Yi', 'Ji Seong Hyun'],
      ['Soo Hyun Kim', 'Soo'],
    ]);
  });

  test('"Kim Soo Hyun" finds the drama he is in first, then those that only hold the three words', () => {
    // The same words in an order no drama holds: word counts alone put the scattered ones first.
    expect(titles('Hyun Kim Soo')[0]).toBe('Hometown Cha-Cha-Cha');
    const found = titles('Kim Soo Hyun');
    expect(found[0]).toBe('Queen of Tears');
    expect(found.slice(1).sort()).toEqual(['Hometown Cha-Cha-Cha', 'Youth of May']);
    // Matched words are still marked one by one in the snippet.
    expect(marked(journal.search.search({ text: 'Kim Soo Hyun' })[0].snippet!.segments)).toEqual(
      expect.arrayContaining(['Kim', 'Soo', 'Hyun']),
    );
  });

  test('the phrase follows the order typed, and its last word may be unfinished', () => {
    expect(titles('Soo Hyun Kim')[0]).toBe('Hometown Cha-Cha-Cha');
    expect(titles('kim soo hy')[0]).toBe('Queen of Tears');
    expect(titles('"Kim"  Soo-Hyun!')[0]).toBe('Queen of Tears');
  });

  test('Korean words make a phrase too', () => {
    add({ title: 'Moonlit Ferry', nativeTitle: '달빛 나루' });
    add({ title: 'Ferry by Moonlight', nativeTitle: '나루 달빛' });
    expect(titles('달빛 나루')).toEqual(['Moonlit Ferry', 'Ferry by Moonlight']);
    expect(titles('나루 달빛')).toEqual(['Ferry by Moonlight', 'Moonlit Ferry']);
  });
});

describe('what the user types is never read as search syntax', () => {
  const inputs = ['"', '""', '"unclosed', '*', 'sound*', '-', '-sound', 'a:b', 'title:sound', '(', ')', '(sound', 'sound)', 'AND', 'OR', 'NOT', 'NEAR(a b)', 'sound OR', '^sound', '{title}: x', '+', '\'', '\\', '%', '_', '   ', ''];

  test.each(inputs)('%j answers without an error', (text) => {
    add({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' });
    expect(() => journal.search.search({ text })).not.toThrow();
  });

  test('punctuation around a word is ignored, the word still matches', () => {
    add({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' });
    for (const text of ['"sound"', 'sound*', '(sound)', '-sound', '^sound', 'sound:', '"사운드"']) {
      expect(titles(text), text).toEqual(['Soundtrack #2']);
    }
    // Words joined by punctuation are a phrase, as in the text: there is no column filter syntax.
    expect(titles('title:sound')).toEqual([]);
    expect(titles('soundtrack-2')).toEqual(['Soundtrack #2']);
    expect(titles('NOT')).toEqual([]);
    expect(titles('sound NOT')).toEqual([]);
  });
});

describe('the index follows every write', () => {
  test('renaming, editing the review, notes and cast, and deleting are all reflected at once', () => {
    const id = add({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' }, { story: ['piano lessons'] });
    journal.transaction(() => journal.dramas.update({ id, title: 'Second Melody' }));
    expect(titles('soundtrack')).toEqual([]);
    expect(titles('melody')).toEqual(['Second Melody']);

    journal.transaction(() =>
      journal.reviews.save({ dramaId: id, grade: 'A', reviewer: { name: 'J', location: '' }, intro: [], story: ['violin duets'], closing: [], state: 'draft' }),
    );
    expect(titles('piano')).toEqual([]);
    expect(titles('violin')).toEqual(['Second Melody']);

    const note = journal.transaction(() => journal.notes.add({ dramaId: id, episode: null, text: 'rooftop' }));
    expect(titles('rooftop')).toEqual(['Second Melody']);
    journal.transaction(() => journal.notes.update({ id: note.id, text: 'basement' }));
    expect(titles('rooftop')).toEqual([]);
    expect(titles('basement')).toEqual(['Second Melody']);

    const member = journal.transaction(() => journal.cast.add({ dramaId: id, actor: 'Keum Sae Rok', character: 'Do Hyeon Seo' }));
    expect(titles('keum')).toEqual(['Second Melody']);
    journal.transaction(() => journal.cast.delete(member.id));
    expect(titles('keum')).toEqual([]);

    journal.transaction(() => journal.reviews.delete(id));
    expect(titles('violin')).toEqual([]);
    journal.transaction(() => journal.dramas.delete(id));
    expect(titles('melody')).toEqual([]);
    expect(journal.db.prepare('SELECT count(*) FROM search_index').pluck().get()).toBe(0);
  });

  test('writes made outside the journal API (plain SQL, another program) are indexed before the next search', () => {
    const id = add({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' });
    journal.db.prepare("UPDATE dramas SET native_title = '눈물의 여왕' WHERE id = ?").run(id);
    expect(titles('사운드')).toEqual([]);
    expect(titles('여왕')).toEqual(['Soundtrack #2']);
  });

  test('a rolled-back write leaves the index as it was', () => {
    add({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' });
    expect(() =>
      journal.transaction(() => {
        journal.dramas.create({ ...sampleDrama, title: 'Phantom Title' });
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');
    expect(titles('phantom')).toEqual([]);
    expect(titles('soundtrack')).toEqual(['Soundtrack #2']);
  });

  test('rebuilding the index gives the same answers', () => {
    add({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' }, { story: ['piano'] });
    add({ title: 'Tears of War', nativeTitle: '눈물의 <전쟁>' });
    const before = ['사운드', '전쟁', 'piano'].map((q) => journal.search.search({ text: q }));
    expect(journal.search.rebuild()).toBe(2);
    expect(['사운드', '전쟁', 'piano'].map((q) => journal.search.search({ text: q }))).toEqual(before);
  });
});

describe('the search.query channel', () => {
  test('answers results and refuses malformed input with a specific message', async () => {
    add({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' });
    const dispatch = createDispatch(createHandlers(journal), () => {});
    expect(await dispatch('search.query', { text: '사운드' })).toMatchObject({ ok: true, value: [{ title: 'Soundtrack #2' }] });
    const refusals: [unknown, string][] = [
      ['사운드', 'a search must be an object with its text'],
      [{}, 'text is required'],
      [{ text: 5 }, 'search text must be text of at most 200 characters'],
      [{ text: 'x'.repeat(201) }, 'search text must be at most 200 characters'],
      [{ text: 'x', limit: 0 }, 'limit must be a whole number from 1 to 100'],
      [{ text: 'x', limit: 101 }, 'limit must be a whole number from 1 to 100'],
      [{ text: 'x', sort: 'rank' }, 'unexpected field sort'],
    ];
    for (const [input, message] of refusals) {
      expect(await dispatch('search.query', input)).toMatchObject({ ok: false, error: { code: 'invalid-input', message } });
    }
  });
});
