import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { createPhraseLinker } from '../../../src-main/core/common/house-format/linkify';
import { parseHouseReview } from '../../../src-main/core/common/house-format/parse';
import { HouseReviewView } from '../../../src-main/core/common/house-format/view';
import { readFixture, readReference } from '../../fixtures/fixtures';
import { byClass, byTag, findAll, paragraphsIn, parseHtml, textOf, visibleLines } from '../site/helpers/html';

const reference = parseHouseReview(readReference());

function render(element: React.ReactElement) {
  const html = renderToStaticMarkup(element);
  return { html, root: parseHtml(html) };
}

describe('the house-format view', () => {
  const { html, root } = render(<HouseReviewView review={reference} siteTitle="KDRAMALOVE KOREAN DRAMA REVIEWS" homeHref="#home" />);

  test('reads top to bottom as the file does', () => {
    expect(visibleLines(html)).toEqual([
      'KDRAMALOVE KOREAN DRAMA REVIEWS',
      'Soundtrack #2',
      '사운드트랙 #2',
      'Disney+ / Hulu (Dec. 2023) 6 Episodes',
      'Romance, Music, Grade: B+',
      'Korean Drama Review by Jill, USA',
      '~~~~~~~~~',
      ...reference.intro,
      'The Story:',
      ...reference.story,
      ...reference.closing,
      '~~~~~~~~~~',
      'HOME TO KOREAN DRAMA REVIEWS',
      '~~~~~~~~~~',
    ]);
  });

  test('the Korean title carries lang="ko", the rules are hidden from screen readers, both links go home', () => {
    const [native] = findAll(root, byClass('native-title'));
    expect(native.getAttributeValue('lang')).toBe('ko');
    expect(textOf(native)).toBe('사운드트랙 #2');
    const rules = findAll(root, byClass('rule'));
    expect(rules.map((r) => [textOf(r), r.getAttributeValue('aria-hidden')])).toEqual([
      ['~~~~~~~~~', 'true'],
      ['~~~~~~~~~~', 'true'],
      ['~~~~~~~~~~', 'true'],
    ]);
    expect(findAll(root, byTag('a')).map((a) => [textOf(a), a.getAttributeValue('href')])).toEqual([
      ['KDRAMALOVE KOREAN DRAMA REVIEWS', '#home'],
      ['HOME TO KOREAN DRAMA REVIEWS', '#home'],
    ]);
    expect(findAll(root, byTag('h1')).map(textOf)).toEqual(['Soundtrack #2']);
    expect(findAll(root, byTag('h2')).map(textOf)).toEqual(['The Story:']);
  });

  test('each section holds its own paragraphs', () => {
    expect(paragraphsIn(root, 'review-intro')).toEqual(reference.intro);
    expect(paragraphsIn(root, 'review-story')).toEqual(reference.story);
    expect(paragraphsIn(root, 'review-closing')).toEqual(reference.closing);
  });
});

test('text is escaped: markup in a review shows as characters', () => {
  const review = parseHouseReview(readFixture('night-market.txt'));
  const { html } = render(<HouseReviewView review={review} siteTitle="A & B <sites>" homeHref="index.html" />);
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert(&quot;caught&quot;)&lt;/script&gt;');
  expect(visibleLines(html)).toContain(review.story[0]);
  expect(visibleLines(html)[0]).toBe('A & B <sites>');
});

test('pictures go between the paragraphs they were placed after, with their alt text and resolved address', () => {
  const review = parseHouseReview(readFixture('winter-letters.txt'));
  const { root } = render(
    <HouseReviewView
      review={review}
      siteTitle="Site"
      homeHref="index.html"
      imageSrc={(src) => `images/${src}`}
      pictures={[
        { section: 'story', afterParagraph: 0, src: 'a.jpg', alt: 'The post office' },
        { section: 'story', afterParagraph: 1, src: 'b.jpg', alt: 'Snow on the coast' },
        { section: 'closing', afterParagraph: 9, src: 'c.jpg', alt: 'Beyond the last paragraph' },
      ]}
    />,
  );
  const [story] = findAll(root, byClass('review-story'));
  const order = story.childNodes
    .filter((n) => n.nodeType === 1)
    .map((n) => {
      const element = n as ReturnType<typeof parseHtml>;
      if (element.tagName === 'p') return `p:${textOf(element).slice(0, 12)}`;
      const [img] = findAll(element, byTag('img'));
      return `img:${img.getAttributeValue('src')}:${img.getAttributeValue('alt')}`;
    });
  expect(order).toEqual([
    'img:images/a.jpg:The post office',
    'p:Han Yeon Woo',
    'img:images/b.jpg:Snow on the coast',
    'p:Seo Ji Hoon ',
    'p:Their search',
    'p:When the tru',
  ]);
  const [closing] = findAll(root, byClass('review-closing'));
  expect(findAll(closing, byTag('img')).map((i) => i.getAttributeValue('alt'))).toEqual(['Beyond the last paragraph']);
});

test('names given to the linker become links; the text around them is unchanged', () => {
  const review = parseHouseReview(readFixture('night-market.txt'));
  const linker = createPhraseLinker([{ phrase: 'Winter Letters', href: 'winter-letters.html' }]);
  const { html, root } = render(
    <HouseReviewView review={review} siteTitle="Site" homeHref="index.html" linkText={(p) => linker.link(p)} />,
  );
  const links = findAll(root, byTag('a')).filter((a) => a.getAttributeValue('href') === 'winter-letters.html');
  expect(links.map(textOf)).toEqual(['Winter Letters', 'Winter Letters']);
  expect(paragraphsIn(root, 'review-intro')).toEqual(review.intro);
  expect(visibleLines(html)).toContain(review.story[1]);
});
