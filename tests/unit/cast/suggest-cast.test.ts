import { describe, expect, test } from 'vitest';
import { looksLikePersonName, suggestCast } from '../../../src-main/core/cast/suggest-cast';
import { readReference } from '../../fixtures/fixtures';

/** The reference review, split into intro and story the plain way: paragraphs between the rules, around "The Story:". */
function referenceReview() {
  const body = readReference().split(/^~{9,}\s*$/m)[1];
  const [intro, story] = body.split(/^The Story:\s*$/m);
  const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const storyParagraphs = paragraphs(story);
  return { intro: paragraphs(intro), story: storyParagraphs.slice(0, -1), closing: storyParagraphs.slice(-1) };
}

describe('cast suggestions from the reference review (Soundtrack #2)', () => {
  const suggestions = suggestCast(referenceReview());
  const pairs = suggestions.map((s) => [s.character, s.actor]);

  test('every character (actor) mention is offered, in the order the review introduces them', () => {
    expect(pairs).toEqual([
      ['Do Hyeon Seo', 'Keum Sae Rok'],
      ['Kim Jin Kyeong', 'Jeon Hye Jin'],
      [null, 'Choi E Jun'],
      [null, 'Kim Yun Seul'],
      ['Ji Su Ho', 'Noh Sang Hyun'],
      ['Hong Chang Sik', 'Kwon Seung Woo'],
      ['K', 'Sohn Jeong Hyuck'],
    ]);
  });

  test('Kim Jin Kyeong is played by Jeon Hye Jin; the rest of the parenthesis are her other dramas', () => {
    const kim = suggestions.find((s) => s.character === 'Kim Jin Kyeong')!;
    expect(kim.actor).toBe('Jeon Hye Jin');
    expect(kim.otherDramas).toEqual(['Ruler Of Your Own World', 'Mother', 'My Liberation Notes', 'Agency']);
    expect(kim.mention).toBe('Kim Jin Kyeong (Jeon Hye Jin, Ruler Of Your Own World, Mother, My Liberation Notes, Agency)');
  });

  test('the two children after "boy and girl" are two actors whose parts have no name', () => {
    const children = suggestions.filter((s) => s.character === null);
    expect(children.map((c) => c.actor)).toEqual(['Choi E Jun', 'Kim Yun Seul']);
    expect(children.every((c) => c.mention === '(Choi E Jun, Kim Yun Seul)' && c.role === 'support')).toBe(true);
  });

  test('parentheses that are not cast are left alone: years, dishes, asides', () => {
    const text = suggestions.map((s) => s.mention).join(' | ');
    for (const aside of ['late 2023', '2022', 'Korean spicy rice cakes dish', 'who had wowed me']) expect(text).not.toContain(aside);
    expect(suggestions.some((s) => s.actor === 'Noh Sang Hyun' && s.character === 'Ji Su Ho')).toBe(true);
  });

  test('the actors the review calls leads are the leads; everyone else is support', () => {
    const leads = suggestions.filter((s) => s.role === 'lead').map((s) => s.actor);
    expect(leads).toEqual(['Keum Sae Rok', 'Noh Sang Hyun']);
  });
});

describe('the rules on other text', () => {
  const story = (...story: string[]) => suggestCast({ intro: [], story, closing: [] });

  test('when no one is called a lead, the first two characters introduced are the leads', () => {
    const result = story('Cha Eun Ho (Lee Jong Suk) meets Kang Dan I (Lee Na Young).', 'Then Seo Joon (Wi Ha Joon) arrives.');
    expect(result.map((s) => [s.character, s.actor, s.role])).toEqual([
      ['Cha Eun Ho', 'Lee Jong Suk', 'lead'],
      ['Kang Dan I', 'Lee Na Young', 'lead'],
      ['Seo Joon', 'Wi Ha Joon', 'support'],
    ]);
  });

  test('a sentence word before the name is not part of it, and an actor mentioned twice is offered once', () => {
    const result = story('Meanwhile Su Ho (Noh Sang Hyun) works.', 'Later Su Ho (Noh Sang Hyun) rests.');
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ character: 'Su Ho', actor: 'Noh Sang Hyun' });
  });

  test('a trailing … or etc. is not a drama, and a drama title first in the parenthesis is not an actor', () => {
    const result = story('Her aunt Oh Mi Ja (Kim Hae Sook, Reply 1988, …) scolds her.', 'Their father Park (Crash Landing On You) appears.');
    expect(result).toEqual([
      expect.objectContaining({ character: 'Oh Mi Ja', actor: 'Kim Hae Sook', otherDramas: ['Reply 1988'] }),
    ]);
  });

  test('what looks like a person: two to four capitalised words, none of them a title word', () => {
    expect(looksLikePersonName('Noh Sang Hyun')).toBe(true);
    expect(looksLikePersonName('Choi E Jun')).toBe(true);
    expect(looksLikePersonName('Jeon Hye-jin')).toBe(true);
    expect(looksLikePersonName('Mother')).toBe(false);
    expect(looksLikePersonName('My Liberation Notes')).toBe(false);
    expect(looksLikePersonName('Ruler Of Your Own World')).toBe(false);
    expect(looksLikePersonName('late 2023')).toBe(false);
    expect(looksLikePersonName('North Korean')).toBe(false);
  });
});
