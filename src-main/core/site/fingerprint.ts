/**
 * A hash of how pages currently look, taken by rendering a small sample page
 * of each kind with the same code the export uses. It goes into every page's
 * key: when the components, the formatting helpers or the page shells change,
 * the fingerprint changes and a re-export renders every page again; nobody has
 * to remember to bump a version number. Costs well under a millisecond.
 */
import { createElement } from 'react';
import { createPhraseLinker } from '../house-format/linkify';
import { hashOf } from './manifest';
import { describeReview } from './describe';
import { ListPage } from './pages/ListPage';
import { ReviewPage } from './pages/ReviewPage';
import { renderDocument } from './render';

const SAMPLE_TEXT = {
  intro: ['I watched Sample Drama (2024) with Kim Sample, Dr. Example & co. <b>really</b> “enjoyed” it. Then more.'],
  story: ['Han Ji Woo (Kim Sample, Other Drama) meets 서울 friends.', 'Later, in Other Drama style.'],
  closing: ['Keep an eye out for it!'],
};

export function renderFingerprint(siteTitle: string, baseUrl: string | null): string {
  const linker = createPhraseLinker([{ phrase: 'Other Drama', href: 'other-drama.html' }]);
  const review = renderDocument(
    createElement(ReviewPage, {
      review: {
        title: 'Sample Drama',
        nativeTitle: '샘플 드라마',
        platforms: ['Netflix', 'tvN'],
        aired: { year: 2024, month: 9 },
        episodes: 1,
        genres: ['Romance', 'Music'],
        grade: 'B+',
        reviewer: { name: 'Jill', location: 'USA' },
        ...SAMPLE_TEXT,
      },
      siteTitle,
      description: describeReview(SAMPLE_TEXT),
      canonical: baseUrl && `${baseUrl}reviews/sample-drama.html`,
      ogImage: baseUrl && `${baseUrl}images/sample-drama-1.jpg`,
      pictures: [{ section: 'story', afterParagraph: 1, src: '../images/sample-drama-1.jpg', alt: 'A still' }],
      linkText: (paragraph) => linker.link(paragraph),
    }),
  );
  const list = renderDocument(
    createElement(ListPage, {
      page: 'by-grade.html',
      siteTitle,
      total: 1,
      canonical: baseUrl,
      groups: [
        {
          id: 'grade-b-plus',
          label: 'Grade: B+',
          entries: [
            { title: 'Sample Drama', nativeTitle: '샘플 드라마', releaseLine: 'tvN (Sept. 2024) 1 Episode', grade: 'B+', href: 'reviews/sample-drama.html', draft: true },
          ],
        },
      ],
    }),
  );
  return hashOf(review + list);
}
