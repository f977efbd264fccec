/**
 * Renders review pages from their journal rows. The export's main thread and
 * its rendering threads (render-worker.ts) both use this, with the same
 * settings and link table, so a page comes out the same byte for byte
 * wherever it was rendered.
 *
 * Pages are drawn from templates that React renders once per page shape
 * (page-template.ts). Before using them, a renderer draws sample pages holding
 * every character React escapes and linked names in every position both ways,
 * from a template and wholly by React, and uses the templates only if the two
 * agree to the byte; otherwise, and for every page with pictures or a cover
 * (the templates hold none), it draws whole pages with React.
 */
import { createElement } from 'react';
import { createPhraseLinker, type PhraseLinker } from '../common/house-format/linkify';
import type { HouseReview, ReviewPicture, TextLinker, WebImage } from '../common/house-format/model';
import type { HeaderCover } from '../common/house-format/view/ReviewHeader';
import type { ReviewSection } from '../common/model';
import { describeReview } from './describe';
import { createPageTemplates } from './page-template';
import { ReviewPage } from './pages/ReviewPage';
import { houseReviewOfRow, type ReviewRow } from './read-journal';
import { renderDocument } from './render';
import { fromPage } from './web-sizes';

/** What every review page of one export shares. Plain data: it is sent to the rendering threads. */
export interface SiteShared {
  siteTitle: string;
  /** The site's address ending in `/`, or null. */
  baseUrl: string | null;
  /**
   * Names that link, with their targets relative to `reviews/`, in priority
   * order: review titles (`curtain-call.html`), then actors' names (`../actors/kim-sample.html`).
   */
  links: readonly (readonly [string, string])[];
}

/** A picture as a page shows it. */
export interface PagePicture {
  /** Its web sizes, with paths from the site root (`images/<hash>-960.webp`). */
  image: WebImage;
  alt: string;
  section: ReviewSection;
  afterParagraph: number;
}

/** One review page to render. Plain data, like SiteShared. */
export interface ReviewRenderJob {
  slug: string;
  /** From the site root: `reviews/soundtrack-2.html`. */
  path: string;
  pictures: PagePicture[];
  /** The drama's cover, shown in the header and as the Open Graph image. */
  cover?: { image: WebImage } | null;
  row: ReviewRow;
}

export type ReviewRenderer = ((job: ReviewRenderJob) => string) & {
  /** False when every page is drawn whole by React (the templates' check failed). */
  readonly usesTemplates: boolean;
};

interface PageParts {
  review: HouseReview;
  description: string;
  canonical: string | null;
  ogImage: string | null;
  pictures: ReviewPicture[];
  cover?: HeaderCover | null;
  linkText: TextLinker;
}

function wholePage(siteTitle: string, { review, description, canonical, ogImage, pictures, cover, linkText }: PageParts): string {
  return renderDocument(createElement(ReviewPage, { review, siteTitle, description, canonical, ogImage, pictures, cover, linkText }));
}

/**
 * Sample pages for the templates' check: every character React escapes in
 * every value, linked names at the start, middle and end of paragraphs and
 * next to each other, one paragraph and several in each part, with and without
 * a grade, a location and a canonical link.
 */
function samplePages(baseUrl: string | null): PageParts[] {
  const text = `Tom & Jerry's "<b>best</b>" > 서울 \u00a0end.`;
  const linker = createPhraseLinker([
    { phrase: 'Curtain Call', href: 'curtain-call.html' },
    { phrase: 'Tom & Jerry', href: 'tom-jerry.html' },
    { phrase: 'Kim Sample', href: '../actors/kim-sample.html' },
  ]);
  const escapes: HouseReview = {
    title: `Tom & "Jerry's" <Drama>`,
    nativeTitle: '톰 & 제리 <2>',
    platforms: ['tvN'],
    aired: { year: 2024, month: 1 },
    episodes: 2,
    genres: ['Comedy'],
    grade: 'A',
    reviewer: { name: 'Jill', location: 'USA' },
    intro: [text],
    story: [text],
    closing: [],
  };
  const linked: HouseReview = {
    title: 'Curtain Call',
    nativeTitle: '커튼콜',
    platforms: ['KBS2', 'Disney+ & Hulu'],
    aired: { year: 2022, month: 12 },
    episodes: 16,
    genres: ['Family', 'Romance <3', 'Melodrama'],
    grade: null,
    reviewer: { name: 'O\'Neil & Co.', location: '' },
    intro: ['Curtain Call <i>opens</i> with Kim Sample.', 'Tom & Jerry Curtain Call Kim Sample'],
    story: ['Kim Sample meets Tom & Jerry (Curtain Call, "2022").', 'No names here > none.', '서울 Kim Sample, 서울'],
    closing: ['I liked Curtain Call'],
  };
  return [
    {
      review: escapes,
      description: describeReview(escapes),
      canonical: baseUrl && `${baseUrl}reviews/tom-jerry's-<drama>.html?a=1&b="2"`,
      ogImage: null,
      pictures: [],
      linkText: (paragraph) => [paragraph],
    },
    { review: linked, description: describeReview(linked), canonical: null, ogImage: null, pictures: [], linkText: (paragraph) => linker.link(paragraph) },
  ];
}

let lastMade: { site: SiteShared; renderer: ReviewRenderer } | null = null;

/**
 * A renderer for these settings and links: the one made last when they are the same, as they are
 * for a re-export after an edit (making one checks the templates and indexes every name that links).
 */
export function reviewRendererFor(site: SiteShared): ReviewRenderer {
  if (!lastMade || !sameSite(lastMade.site, site)) lastMade = { site, renderer: createReviewRenderer(site) };
  return lastMade.renderer;
}

function sameSite(a: SiteShared, b: SiteShared): boolean {
  if (a.siteTitle !== b.siteTitle || a.baseUrl !== b.baseUrl || a.links.length !== b.links.length) return false;
  if (a.links === b.links) return true;
  for (let i = 0; i < a.links.length; i += 1) if (a.links[i][0] !== b.links[i][0] || a.links[i][1] !== b.links[i][1]) return false;
  return true;
}

export function createReviewRenderer(site: SiteShared): ReviewRenderer {
  const { siteTitle, baseUrl } = site;
  let linker: PhraseLinker | null = null;
  const linkerOnce = () => (linker ??= createPhraseLinker(site.links.map(([phrase, href]) => ({ phrase, href }))));

  let templates = createPageTemplates(siteTitle);
  if (templates) {
    for (const sample of samplePages(baseUrl ?? 'https://example.org/')) {
      if (templates.fill(sample) !== wholePage(siteTitle, sample)) {
        templates = null;
        break;
      }
    }
  }

  const render = (job: ReviewRenderJob): string => {
    const review = houseReviewOfRow(job.row);
    const ownHref = `${job.slug}.html`;
    const skip = (href: string) => href === ownHref;
    const pageLinker = linkerOnce();
    // The Open Graph image: the cover, else the first picture, at its widest in a format every reader takes.
    const cover = job.cover ?? null;
    const shared = cover?.image ?? job.pictures[0]?.image;
    // Only the page's first picture loads at once: the cover at the top, or the first picture when there is no cover.
    const parts: PageParts = {
      review,
      description: describeReview(review),
      canonical: baseUrl ? `${baseUrl}${job.path}` : null,
      ogImage: baseUrl && shared ? `${baseUrl}${shared.files[shared.files.length - 1].fallback}` : null,
      cover: cover && { image: fromPage(cover.image, '../', false), alt: `Poster of ${review.title}` },
      pictures: job.pictures.map(({ image, alt, section, afterParagraph }, i) => {
        const src = image.files[image.files.length - 1].fallback;
        const web = fromPage(image, '../', cover !== null || i > 0);
        return { src: `../${src}`, alt: alt.trim() || `A picture from ${review.title}`, section, afterParagraph, web };
      }),
      linkText: (paragraph) => pageLinker.link(paragraph, { skip }),
    };
    // Pages with pictures are drawn whole by React (the templates hold none).
    return (templates && !parts.pictures.length && !parts.cover && templates.fill(parts)) || wholePage(siteTitle, parts);
  };
  return Object.assign(render, { usesTemplates: templates !== null });
}
