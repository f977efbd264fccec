/**
 * Review pages drawn from templates that React renders once per export.
 *
 * Every review page is the same React tree (ReviewPage around HouseReviewView)
 * with different text in it. React draws that tree once per page shape (how
 * many intro, story and closing paragraphs; with or without a canonical link)
 * with a placeholder in every value, and each page is then that template with
 * its own values put in, escaped exactly as React escapes them. A name linked
 * in a paragraph is drawn the same way, from a link React drew with
 * placeholders. The markup still comes only from the components; what is
 * saved is React walking the same tree ten thousand times.
 *
 * The lines the header works out from several fields (release line, genre
 * line, byline) are put in whole, worked out by the same format functions the
 * header calls. A template is refused when a placeholder is left over (a
 * component showing a value some other way than expected), and the renderer
 * (review-render.ts) compares whole pages drawn both ways before trusting the
 * templates at all: when anything differs, every page is drawn by React.
 */
import { createElement } from 'react';
import { formatByline, formatGenreLine, formatReleaseLine } from '../common/house-format/format';
import type { HouseReview, TextLinker } from '../common/house-format/model';
import { ReviewPage } from './pages/ReviewPage';
import { renderDocument } from './render';
import { escapeAsReact, MARK, parseTemplate, PLAIN_HREF, placeholder, splitAtPlaceholders } from './template-markup';

/** What a review page shows that differs from page to page. Pages with pictures are not drawn from templates. */
export interface TemplateValues {
  review: HouseReview;
  description: string;
  canonical: string | null;
  linkText: TextLinker;
}

type ValueSlot = 'title' | 'native' | 'release' | 'genres' | 'byline' | 'description' | 'canonical';
const VALUE_SLOTS = new Set<string>(['title', 'native', 'release', 'genres', 'byline', 'description', 'canonical']);
/** Literal markup, a value, or the n-th paragraph counted through intro, story and closing. */
type Piece = string | { value: ValueSlot } | { paragraph: number };

/** URLs React would rewrite (`javascript:`) never reach a template: the site address is http(s). */
const PLAIN_URL = /^https?:\/\//i;

interface Shape {
  intro: number;
  story: number;
  closing: number;
  canonical: boolean;
}

/** A review with a placeholder wherever it holds text. */
function placeholderReview(shape: Shape): HouseReview {
  let next = 0;
  const paragraphs = (count: number) => Array.from({ length: count }, () => placeholder(`p${next++}`));
  return {
    title: placeholder('title'),
    nativeTitle: placeholder('native'),
    platforms: [placeholder('platform')],
    aired: { year: 1901, month: 1 },
    episodes: 1,
    genres: [placeholder('genre')],
    grade: 'A',
    reviewer: { name: placeholder('name'), location: placeholder('location') },
    intro: paragraphs(shape.intro),
    story: paragraphs(shape.story),
    closing: paragraphs(shape.closing),
  };
}

function drawPlaceholderPage(siteTitle: string, shape: Shape, linkText: TextLinker): { html: string; review: HouseReview } {
  const review = placeholderReview(shape);
  const html = renderDocument(
    createElement(ReviewPage, {
      review,
      siteTitle,
      description: placeholder('description'),
      canonical: shape.canonical ? placeholder('canonical') : null,
      ogImage: null,
      pictures: [],
      linkText,
    }),
  );
  return { html, review };
}

/** A page shape's template, or null when the page shows a value in a way a template cannot reproduce. */
function drawTemplate(siteTitle: string, shape: Shape): Piece[] | null {
  const drawn = drawPlaceholderPage(siteTitle, shape, (paragraph) => [paragraph]);
  let html = drawn.html;
  const { review } = drawn;
  const lines: [ValueSlot, string][] = [
    ['release', formatReleaseLine(review)],
    ['genres', formatGenreLine(review.genres, review.grade)],
    ['byline', formatByline(review.reviewer)],
  ];
  for (const [slot, line] of lines) html = html.split(escapeAsReact(line)).join(placeholder(slot));
  // Anything else (a platform, a genre, the reviewer) shown other than in the header's lines: no template.
  return parseTemplate<Exclude<Piece, string>>(html, (name) =>
    VALUE_SLOTS.has(name) ? { value: name as ValueSlot } : /^p\d+$/.test(name) ? { paragraph: Number(name.slice(1)) } : null,
  );
}

/** A linked name's markup as [before the address, between address and text, after the text], or null. */
function drawLinkTemplate(siteTitle: string): [string, string, string] | null {
  const shape: Shape = { intro: 0, story: 1, closing: 0, canonical: false };
  const plain = drawPlaceholderPage(siteTitle, shape, () => [placeholder('text')]).html;
  const linked = drawPlaceholderPage(siteTitle, shape, () => [{ text: placeholder('text'), href: placeholder('href') }]).html;
  let start = 0;
  while (start < plain.length && plain[start] === linked[start]) start += 1;
  let end = 0;
  while (end < plain.length - start && plain[plain.length - 1 - end] === linked[linked.length - 1 - end]) end += 1;
  if (plain.slice(start, plain.length - end) !== placeholder('text')) return null;
  const parts = splitAtPlaceholders(linked.slice(start, linked.length - end));
  if (parts.length !== 5 || parts[1] !== 'href' || parts[3] !== 'text' || parts.some((part) => part.includes(MARK))) return null;
  return [parts[0], parts[2], parts[4]];
}

export interface PageTemplates {
  /** The page drawn from its shape's template, or null when it must be drawn by React (an unusual address). */
  fill(values: TemplateValues): string | null;
}

/** Templates for one export's review pages, drawn as they are first needed; null when they cannot be made. */
export function createPageTemplates(siteTitle: string): PageTemplates | null {
  if (siteTitle.includes(MARK)) return null;
  const link = drawLinkTemplate(siteTitle);
  if (!link) return null;
  const [beforeHref, beforeText, afterText] = link;
  const templates = new Map<string, Piece[] | null>();

  return {
    fill({ review, description, canonical, linkText }) {
      if (canonical !== null && !PLAIN_URL.test(canonical)) return null;
      const shape: Shape = { intro: review.intro.length, story: review.story.length, closing: review.closing.length, canonical: canonical !== null };
      const key = `${shape.intro} ${shape.story} ${shape.closing} ${shape.canonical}`;
      let template = templates.get(key);
      if (template === undefined) templates.set(key, (template = drawTemplate(siteTitle, shape)));
      if (!template) return null;

      const paragraphs = [...review.intro, ...review.story, ...review.closing];
      let html = '';
      for (const piece of template) {
        if (typeof piece === 'string') html += piece;
        else if ('paragraph' in piece) {
          for (const run of linkText(paragraphs[piece.paragraph])) {
            if (typeof run === 'string') html += escapeAsReact(run);
            else if (PLAIN_HREF.test(run.href)) html += `${beforeHref}${run.href}${beforeText}${escapeAsReact(run.text)}${afterText}`;
            else return null;
          }
        } else {
          switch (piece.value) {
            case 'title':
              html += escapeAsReact(review.title);
              break;
            case 'native':
              // Published reviews have one; without it React leaves the line out, which the template cannot.
              if (review.nativeTitle === null) return null;
              html += escapeAsReact(review.nativeTitle);
              break;
            case 'release':
              html += escapeAsReact(formatReleaseLine(review));
              break;
            case 'genres':
              html += escapeAsReact(formatGenreLine(review.genres, review.grade));
              break;
            case 'byline':
              html += escapeAsReact(formatByline(review.reviewer));
              break;
            case 'description':
              html += escapeAsReact(description);
              break;
            case 'canonical':
              html += escapeAsReact(canonical ?? '');
              break;
          }
        }
      }
      return html;
    },
  };
}
