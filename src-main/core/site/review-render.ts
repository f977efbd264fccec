/**
 * Renders review pages from their journal rows. The export's main thread and
 * its rendering threads (render-worker.ts) both use this, with the same
 * settings and link table, so a page comes out the same byte for byte
 * wherever it was rendered.
 *
 * The review itself is drawn by React for every page (HouseReviewView, as in
 * the app's preview). The page around it (doctype, head, body) differs from
 * page to page only in a few values: it is drawn by React once per export with
 * placeholders (ReviewPageShell) and each page's values are put in, escaped
 * exactly as React escapes them. A renderer checks this against a whole React
 * render of a sample page holding every character React escapes before using
 * it, and draws whole pages with React should the two ever differ. Pages with
 * pictures are always drawn whole: React puts a preload of their pictures in the head.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createPhraseLinker, type PhraseLinker } from '../house-format/linkify';
import type { HouseReview, ReviewPicture, ReviewSection, TextLinker } from '../house-format/model';
import { HouseReviewView } from '../house-format/view/HouseReviewView';
import { describeReview } from './describe';
import { ReviewPage, ReviewPageShell, reviewPageTitle } from './pages/ReviewPage';
import { houseReviewOfRow, type ReviewRow } from './read-journal';
import { renderDocument } from './render';

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
  /** From the site root: `images/soundtrack-2-1.jpg`. */
  path: string;
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
  row: ReviewRow;
}

export type ReviewRenderer = ((job: ReviewRenderJob) => string) & {
  /** False when pages are drawn whole by React (the shell check failed). */
  readonly usesShell: boolean;
};

/** What a review page's shell shows that differs from page to page. */
interface ShellValues {
  title: string;
  description: string;
  canonical: string | null;
  ogImage: string | null;
}

/** Escapes text and attribute values as react-dom/server does (`escapeTextForBrowser`). */
function escapeAsReact(text: string): string {
  if (!/["'&<>]/.test(text)) return text;
  return text.replace(/["'&<>]/g, (c) => (c === '"' ? '&quot;' : c === "'" ? '&#x27;' : c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Placeholders: private-use characters React leaves as they are. */
const MARK = '\uE000';
const SLOTS = { title: `${MARK}t${MARK}`, description: `${MARK}d${MARK}`, canonical: `${MARK}c${MARK}`, ogImage: `${MARK}i${MARK}`, body: `${MARK}b${MARK}` };
type Slot = keyof typeof SLOTS;
const SLOT_OF = new Map(Object.entries(SLOTS).map(([slot, mark]) => [mark, slot as Slot]));

/** The shell as literal pieces and the slots between them. */
type Template = (string | Slot)[];

function shellTemplate(siteTitle: string, withCanonical: boolean, withImage: boolean): Template {
  const html = renderDocument(
    createElement(ReviewPageShell, {
      title: SLOTS.title,
      siteTitle,
      description: SLOTS.description,
      canonical: withCanonical ? SLOTS.canonical : null,
      ogImage: withImage ? SLOTS.ogImage : null,
      children: SLOTS.body,
    }),
  );
  return html.split(new RegExp(`(${MARK}[a-z]${MARK})`)).map((piece) => SLOT_OF.get(piece) ?? piece);
}

/** URLs React would rewrite (`javascript:`) never reach the shell: the site address is http(s). */
const PLAIN_URL = /^https?:\/\//i;

function createShell(siteTitle: string) {
  const templates = new Map<string, Template>();
  return (values: ShellValues, body: string): string | null => {
    if ((values.canonical && !PLAIN_URL.test(values.canonical)) || (values.ogImage && !PLAIN_URL.test(values.ogImage))) return null;
    const variant = `${values.canonical !== null} ${values.ogImage !== null}`;
    let template = templates.get(variant);
    if (!template) templates.set(variant, (template = shellTemplate(siteTitle, values.canonical !== null, values.ogImage !== null)));
    let html = '';
    for (const piece of template) {
      if (piece === 'body') html += body;
      else if (piece === 'title' || piece === 'description' || piece === 'canonical' || piece === 'ogImage') html += escapeAsReact(values[piece] ?? '');
      else html += piece;
    }
    return html;
  };
}

interface PageParts {
  review: HouseReview;
  values: ShellValues;
  pictures: ReviewPicture[];
  linkText: TextLinker;
}

function wholePage(siteTitle: string, { review, values, pictures, linkText }: PageParts): string {
  return renderDocument(
    createElement(ReviewPage, { review, siteTitle, description: values.description, canonical: values.canonical, ogImage: values.ogImage, pictures, linkText }),
  );
}

function bodyOf(siteTitle: string, { review, pictures, linkText }: PageParts): string {
  return renderToStaticMarkup(createElement(HouseReviewView, { review, siteTitle, homeHref: '../index.html', pictures, linkText }));
}

/** A sample page with every character React escapes, in every value the shell fills in. */
function samplePage(siteTitle: string, baseUrl: string | null): PageParts {
  const text = `Tom & Jerry's "<b>best</b>" > 서울 \u00a0end.`;
  const review: HouseReview = {
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
  return {
    review,
    values: {
      title: reviewPageTitle(review, siteTitle),
      description: describeReview(review),
      canonical: baseUrl && `${baseUrl}reviews/tom-jerry's-<drama>.html?a=1&b="2"`,
      ogImage: baseUrl && `${baseUrl}images/tom-&-jerry-1.jpg`,
    },
    pictures: [],
    linkText: (paragraph) => [paragraph],
  };
}

export function createReviewRenderer(site: SiteShared): ReviewRenderer {
  const { siteTitle, baseUrl } = site;
  let linker: PhraseLinker | null = null;
  const linkerOnce = () => (linker ??= createPhraseLinker(site.links.map(([phrase, href]) => ({ phrase, href }))));

  let shell: ReturnType<typeof createShell> | null = siteTitle.includes(MARK) ? null : createShell(siteTitle);
  if (shell) {
    const sample = samplePage(siteTitle, baseUrl ?? 'https://example.org/');
    if (shell(sample.values, bodyOf(siteTitle, sample)) !== wholePage(siteTitle, sample)) {
      shell = null;
    }
  }

  const render = (job: ReviewRenderJob): string => {
    const review = houseReviewOfRow(job.row);
    const ownHref = `${job.slug}.html`;
    const skip = (href: string) => href === ownHref;
    const first = job.pictures[0];
    const pageLinker = linkerOnce();
    const parts: PageParts = {
      review,
      values: {
        title: reviewPageTitle(review, siteTitle),
        description: describeReview(review),
        canonical: baseUrl ? `${baseUrl}${job.path}` : null,
        ogImage: baseUrl && first ? `${baseUrl}${first.path}` : null,
      },
      pictures: job.pictures.map(({ path, alt, section, afterParagraph }) => ({ src: `../${path}`, alt, section, afterParagraph })),
      linkText: (paragraph) => pageLinker.link(paragraph, { skip }),
    };
    // React hoists a preload of a page's pictures into its head: pages with pictures are drawn whole.
    return (shell && !parts.pictures.length && shell(parts.values, bodyOf(siteTitle, parts))) || wholePage(siteTitle, parts);
  };
  return Object.assign(render, { usesShell: shell !== null });
}
