/**
 * A hash of how pages currently look, taken by rendering a small sample page
 * of each kind with the same code the export uses. It goes into every page's
 * key: when the components, the formatting helpers or the page shells change,
 * the fingerprint changes and a re-export renders every page again; nobody has
 * to remember to bump a version number. Costs a few milliseconds, once per process and site title. The sample
 * review page has a picture, so React draws it whole: templates
 * (page-template.ts) are only used where they give React's bytes exactly, so
 * they never change what a page holds and need no part in the fingerprint.
 */
import { createElement } from 'react';
import { describeParts } from './actors';
import { HASH_LENGTH, hashOf } from './manifest';
import { ActorPage } from './pages/ActorPage';
import { ActorsIndexPage } from './pages/ActorsIndexPage';
import { ListPage } from './pages/ListPage';
import { PublicListPage } from './pages/PublicListPage';
import { renderEntryItems } from './pages/entry-items';
import { YearPage } from './pages/YearPage';
import { renderDocument } from './render';
import { createReviewRenderer } from './review-render';
import { formatCalendarDay } from '../common/dates';
import { COVER_WIDTHS, PICTURE_WIDTHS, webImageOf } from './web-sizes';
import { describeYear, yearEntries, yearFigures } from './years';

const SAMPLE_TEXT = {
  intro: ['I watched Sample Drama (2024) with Kim Sample, Dr. Example & co. <b>really</b> “enjoyed” it. Then more.'],
  story: ['Han Ji Woo (Kim Sample, Other Drama) meets 서울 friends.', 'Later, in Other Drama style.'],
  closing: ['Keep an eye out for it!'],
};

const SAMPLE_ENTRY = {
  title: 'Sample Drama',
  nativeTitle: '샘플 드라마',
  releaseLine: 'tvN (Sept. 2024) 1 Episode',
  grade: 'B+',
  href: '../reviews/sample-drama.html',
  draft: true,
} as const;

/** Per site title and address: the page code cannot change while the process runs. */
const taken = new Map<string, string>();

export function renderFingerprint(siteTitle: string, baseUrl: string | null): string {
  const key = JSON.stringify([siteTitle, baseUrl]);
  let fingerprint = taken.get(key);
  if (fingerprint === undefined) taken.set(key, (fingerprint = drawFingerprint(siteTitle, baseUrl)));
  return fingerprint;
}

function drawFingerprint(siteTitle: string, baseUrl: string | null): string {
  return hashOf([sampleReview(siteTitle, baseUrl), ...sampleLists(siteTitle, baseUrl), formatCalendarDay('2024-10-03')].join('\n'));
}

function sampleReview(siteTitle: string, baseUrl: string | null): string {
  return createReviewRenderer({
    siteTitle,
    baseUrl,
    links: [
      ['Other Drama', 'other-drama.html'],
      ['Kim Sample', '../actors/kim-sample.html'],
    ],
  })({
    slug: 'sample-drama',
    path: 'reviews/sample-drama.html',
    pictures: [{ image: webImageOf('0'.repeat(HASH_LENGTH), [1600, 900, 'jpeg'], PICTURE_WIDTHS), alt: 'A still', section: 'story', afterParagraph: 1 }],
    cover: { image: webImageOf('1'.repeat(HASH_LENGTH), [800, 1200, 'png'], COVER_WIDTHS) },
    row: [
      1,
      'Sample Drama',
      '샘플 드라마',
      '["Netflix","tvN"]',
      2024,
      9,
      1,
      '["Romance","Music"]',
      'B+',
      'Jill',
      'USA',
      JSON.stringify(SAMPLE_TEXT.intro),
      JSON.stringify(SAMPLE_TEXT.story),
      JSON.stringify(SAMPLE_TEXT.closing),
    ],
  });
}

/** A list, an actor's page, the actors index, a year page and a public list. */
function sampleLists(siteTitle: string, baseUrl: string | null): string[] {
  const list = renderDocument(
    createElement(ListPage, {
      page: 'index.html',
      siteTitle,
      total: 1,
      canonical: baseUrl,
      actors: true,
      years: [2024],
      publicLists: [{ name: 'Comfort rewatches', path: 'lists/comfort-rewatches.html' }],
      groups: [
        {
          id: 'letter-s',
          label: 'S',
          items: renderEntryItems([
            { ...SAMPLE_ENTRY, href: 'reviews/sample-drama.html', cover: webImageOf('1'.repeat(HASH_LENGTH), [800, 1200, 'png'], COVER_WIDTHS) },
            { ...SAMPLE_ENTRY, href: 'reviews/sample-drama.html', cover: null },
          ]),
        },
      ],
    }),
  );
  const actor = renderDocument(
    createElement(ActorPage, {
      name: 'Kim Sample',
      siteTitle,
      summary: '1 Korean drama review, average grade B+ (3.30)',
      entries: [{ ...SAMPLE_ENTRY, note: describeParts([{ character: 'Han Ji Woo', role: 'lead' }]) }],
      description: 'Korean dramas with Kim Sample: Sample Drama.',
      canonical: baseUrl && `${baseUrl}actors/kim-sample.html`,
    }),
  );
  const actors = renderDocument(
    createElement(ActorsIndexPage, {
      siteTitle,
      total: 1,
      canonical: baseUrl && `${baseUrl}actors/`,
      groups: [{ id: 'letter-k', label: 'K', actors: [{ name: 'Kim Sample', href: 'kim-sample.html', meta: '1 drama, 1 lead role' }] }],
    }),
  );
  const figures = yearFigures(2024, [
    { id: 1, platforms: '["tvN"]', genres: '["Romance"]', episodes: 1, episode_minutes: 70, status: 'completed', episodes_watched: 1, finished_on: '2024-10-03', rewatches: 0, grade: 'B+', finished_dates: '["2024-10-03"]', episode_days: '[]' },
  ]);
  const year = renderDocument(
    createElement(YearPage, {
      year: 2024,
      siteTitle,
      figures,
      entries: yearEntries([
        {
          drama: { id: 1, title: 'Sample Drama', nativeTitle: '샘플 드라마', platforms: ['tvN'], aired: { year: 2024, month: 9 }, episodes: 1, grade: 'B+', state: 'draft' },
          finishedOn: '2024-10-03',
          href: '../reviews/sample-drama.html',
        },
      ]),
      years: [2024, 2023],
      actors: true,
      description: describeYear(2024, figures),
      canonical: baseUrl && `${baseUrl}year/2024.html`,
    }),
  );
  const publicList = renderDocument(
    createElement(PublicListPage, {
      siteTitle,
      name: 'Comfort rewatches',
      description: 'For rainy days. Really.\n\nA second paragraph.',
      items: [
        { ...SAMPLE_ENTRY, note: 'The duet, episode 3.' },
        { title: 'Unreviewed', nativeTitle: '미정', releaseLine: 'KBS2 (Jan. 2020) 16 Episodes', grade: null, href: null, draft: false },
      ],
      actors: true,
      canonical: baseUrl && `${baseUrl}lists/comfort-rewatches.html`,
    }),
  );
  return [list, actor, actors, year, publicList];
}
