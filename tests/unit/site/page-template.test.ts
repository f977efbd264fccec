/**
 * Review pages drawn from templates (core/site/page-template.ts) must be the
 * very pages React draws from the same components: byte for byte, for every
 * shape of review, with every character that needs escaping and with names
 * linked anywhere in a paragraph. Where a template cannot be trusted, the page
 * is drawn by React, safely.
 */
import { createElement } from 'react';
import { describe, expect, test } from 'vitest';
import { createPhraseLinker } from '../../../src-main/core/common/house-format/linkify';
import type { HouseReview, TextLinker } from '../../../src-main/core/common/house-format/model';
import { createPageTemplates } from '../../../src-main/core/site/page-template';
import { ReviewPage } from '../../../src-main/core/site/pages/ReviewPage';
import { renderDocument } from '../../../src-main/core/site/render';
import { createReviewRenderer } from '../../../src-main/core/site/review-render';
import type { ReviewRow } from '../../../src-main/core/site/read-journal';
import type { CompleteRelease } from '../../../src-main/core/common/model';

const SITE = 'KDRAMALOVE KOREAN DRAMA REVIEWS';

function byReact(review: HouseReview, description: string, canonical: string | null, linkText: TextLinker, siteTitle = SITE): string {
  return renderDocument(createElement(ReviewPage, { review, siteTitle, description, canonical, ogImage: null, pictures: [], linkText }));
}

const linker = createPhraseLinker([
  { phrase: 'Curtain Call', href: 'curtain-call.html' },
  { phrase: 'Youth Of May', href: 'youth-of-may.html' },
  { phrase: 'Tom & Jerry', href: 'tom-jerry.html' },
  { phrase: '나의 아저씨', href: 'my-mister.html' },
  { phrase: 'Kang Ha Neul', href: '../actors/kang-ha-neul.html' },
]);
const linked: TextLinker = (paragraph) => linker.link(paragraph);

/** A published review: its header complete (pages are only made for those). */
function review(overrides: Partial<HouseReview & CompleteRelease>): HouseReview & CompleteRelease {
  return {
    title: 'Soundtrack #2',
    nativeTitle: '사운드트랙 #2',
    platforms: ['Disney+', 'Hulu'],
    aired: { year: 2023, month: 12 },
    episodes: 6,
    genres: ['Romance', 'Music'],
    grade: 'B+',
    reviewer: { name: 'Jill', location: 'USA' },
    intro: ['An intro naming Curtain Call.'],
    story: ['Kang Ha Neul sings.', 'Then Youth Of May, Tom & Jerry and 나의 아저씨.'],
    closing: ['I liked it.'],
    ...overrides,
  };
}

const CASES: [string, HouseReview][] = [
  ['a usual review', review({})],
  ['no closing', review({ closing: [] })],
  ['only a story', review({ intro: [], closing: [] })],
  ['many paragraphs', review({ intro: ['a', 'b', 'c'], story: Array.from({ length: 9 }, (_, i) => `Story ${i} with Curtain Call.`), closing: ['x', 'y'] })],
  [
    'characters React escapes, everywhere',
    review({
      title: `<script>alert("x")</script> & 'Co'`,
      nativeTitle: '톰 & 제리 <2>',
      platforms: ['A&E', '"Quoted"'],
      genres: ['<b>Bold</b>', "Rom'Com"],
      reviewer: { name: 'O\'Neil & "Sons"', location: '<Seoul>' },
      intro: ['<script>alert(1)</script> & "quotes" \'single\' > less <'],
      story: ['Tom & Jerry<b>', '&amp; stays &amp;amp;'],
      closing: ['“Curly” ‘quotes’ and 한국어 — dashes…'],
    }),
  ],
  ['names at the start, the end and side by side', review({ story: ['Curtain Call', 'Curtain Call Youth Of May', 'Curtain Called Youth Of Mayday, Kang Ha Neul'] })],
  ['a draft without a grade, a reviewer without a location, one episode', review({ grade: null, reviewer: { name: 'Jill', location: '' }, episodes: 1 })],
];

describe('a page drawn from its template is the page React draws', () => {
  const templates = createPageTemplates(SITE)!;

  test('the templates can be made', () => {
    expect(templates).not.toBeNull();
  });

  for (const [name, shown] of CASES) {
    for (const canonical of [null, 'https://dramas.example.org/reviews/soundtrack-2.html']) {
      test(`${name}${canonical ? ', with a canonical link' : ''}`, () => {
        const description = `${shown.title} & more: "first sentence".`;
        const fromTemplate = templates.fill({ review: shown, description, canonical, linkText: linked });
        expect(fromTemplate).toBe(byReact(shown, description, canonical, linked));
      });
    }
  }

  test('a site title needing escapes', () => {
    const siteTitle = `Jill's <Dramas> & "More"`;
    const own = createPageTemplates(siteTitle)!;
    const shown = review({});
    expect(own.fill({ review: shown, description: 'd', canonical: null, linkText: linked })).toBe(byReact(shown, 'd', null, linked, siteTitle));
  });
});

describe('what a template cannot draw is drawn by React', () => {
  const templates = createPageTemplates(SITE)!;

  test('a canonical address that is not http(s)', () => {
    expect(templates.fill({ review: review({}), description: 'd', canonical: 'javascript:alert(1)', linkText: linked })).toBeNull();
  });

  test('a link target that is not a plain page address', () => {
    const odd: TextLinker = (paragraph) => [{ text: paragraph, href: 'javascript:alert(1)' }];
    expect(templates.fill({ review: review({}), description: 'd', canonical: null, linkText: odd })).toBeNull();
  });

  test('a site title holding the placeholder character: no templates, and the renderer still draws the page', () => {
    const siteTitle = 'Odd \uE000title\uE000 site';
    expect(createPageTemplates(siteTitle)).toBeNull();
    const render = createReviewRenderer({ siteTitle, baseUrl: null, links: [['Curtain Call', 'curtain-call.html']] });
    expect(render.usesTemplates).toBe(false);
    const shown = review({});
    const row: ReviewRow = [
      1,
      shown.title,
      shown.nativeTitle,
      JSON.stringify(shown.platforms),
      shown.aired.year,
      shown.aired.month,
      shown.episodes,
      JSON.stringify(shown.genres),
      shown.grade,
      shown.reviewer.name,
      shown.reviewer.location,
      JSON.stringify(shown.intro),
      JSON.stringify(shown.story),
      JSON.stringify(shown.closing),
    ];
    const html = render({ slug: 'soundtrack-2', path: 'reviews/soundtrack-2.html', pictures: [], row });
    expect(html).toContain('<a href="curtain-call.html">Curtain Call</a>');
    expect(html).toContain('Odd \uE000title\uE000 site');
  });

  test('an export renderer uses the templates when the check passes', () => {
    expect(createReviewRenderer({ siteTitle: SITE, baseUrl: 'https://dramas.example.org/', links: [] }).usesTemplates).toBe(true);
    expect(createReviewRenderer({ siteTitle: SITE, baseUrl: null, links: [] }).usesTemplates).toBe(true);
  });
});
