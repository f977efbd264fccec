/**
 * The reference review, imported and exported: the page must read as the file does.
 *
 * Golden file: tests/golden/soundtrack-2.html is the exported page, byte for byte, except
 * that the review's own prose stands as placeholders ({{intro.0}}, {{story.3}}, …,
 * {{description}}) filled in from the reference file when the test runs: the
 * repository keeps the page's markup, never a copy of the reference review's text.
 * When a change to the page is intended, regenerate it with
 *   UPDATE_GOLDEN=1 npx vitest run tests/unit/site/round-trip.test.ts
 * and review the difference before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { exportSite } from '../../../src-main/core/site/export-site';
import { readReference } from '../../fixtures/fixtures';
import { byClass, byTag, collapseWhitespace, decodeEntities, findAll, paragraphsIn, parseHtml, textOf, validateHtml, visibleText } from './helpers/html';
import { journalWithReviews, outputFolder, readPage } from './helpers/site';

const GOLDEN = resolve(dirname(fileURLToPath(import.meta.url)), '../../golden/soundtrack-2.html');

async function exportReference() {
  const journal = journalWithReviews(readReference());
  const { site } = outputFolder();
  await exportSite(journal, site);
  return readPage(site, 'reviews/soundtrack-2.html');
}

/** The file's body paragraphs, read straight from the text: non-blank lines between the rules. */
function fileParagraphs() {
  const lines = readReference().split(/\r?\n/);
  const body = lines.slice(lines.indexOf('~~~~~~~~~') + 1, lines.indexOf('~~~~~~~~~~')).filter((line) => line.trim());
  const heading = body.indexOf('The Story:');
  return { intro: body.slice(0, heading), rest: body.slice(heading + 1) };
}

describe('soundtrack-2.txt, imported then exported', async () => {
  const html = await exportReference();
  const page = parseHtml(html);
  const one = (className: string) => {
    const found = findAll(page, byClass(className));
    expect(found, className).toHaveLength(1);
    return found[0];
  };

  test('the page’s visible text, top to bottom, reads as the file does (whitespace aside)', () => {
    expect(visibleText(html)).toBe(collapseWhitespace(readReference()));
  });

  test('each header field is exactly as in the file', () => {
    expect(textOf(one('banner'))).toBe('KDRAMALOVE KOREAN DRAMA REVIEWS');
    expect(findAll(page, byTag('h1')).map(textOf)).toEqual(['Soundtrack #2']);
    expect(textOf(one('native-title'))).toBe('사운드트랙 #2');
    expect(one('native-title').getAttributeValue('lang')).toBe('ko');
    expect(textOf(one('release'))).toBe('Disney+ / Hulu (Dec. 2023) 6 Episodes');
    expect(textOf(one('genres'))).toBe('Romance, Music, Grade: B+');
    expect(textOf(one('byline'))).toBe('Korean Drama Review by Jill, USA');
    expect(textOf(one('story-heading'))).toBe('The Story:');
    expect(textOf(one('home-link'))).toBe('HOME TO KOREAN DRAMA REVIEWS');
    expect(findAll(page, byClass('rule')).map(textOf)).toEqual(['~~~~~~~~~', '~~~~~~~~~~', '~~~~~~~~~~']);
  });

  test('paragraph by paragraph, the text is the file’s', () => {
    const { intro, rest } = fileParagraphs();
    expect(paragraphsIn(page, 'review-intro')).toEqual(intro);
    const story = paragraphsIn(page, 'review-story');
    const closing = paragraphsIn(page, 'review-closing');
    expect([...story, ...closing]).toEqual(rest);
    expect(closing).toEqual([rest.at(-1)]);
  });

  test('the home link and the banner lead to the index; the head describes the page', () => {
    expect(findAll(one('home-link'), byTag('a'))[0].getAttributeValue('href')).toBe('../index.html');
    expect(findAll(one('banner'), byTag('a'))[0].getAttributeValue('href')).toBe('../index.html');
    const meta = (attribute: string, value: string) =>
      decodeEntities(findAll(page, (e) => e.tagName === 'meta' && e.getAttributeValue(attribute) === value)[0]?.getAttributeValue('content') ?? '');
    const firstSentence =
      "I must admit it took me over a year to get around to watching this short Korean drama Soundtrack #2 (late 2023) because I had been so enamored of the previous Soundtrack #1 (2022) drama and I didn't think anything similar could surpass it in quality.";
    expect(meta('name', 'description')).toBe(firstSentence);
    expect(meta('property', 'og:description')).toBe(firstSentence);
    expect(meta('property', 'og:type')).toBe('article');
    expect(findAll(page, byTag('title')).map(textOf)).toEqual(['Soundtrack #2 (사운드트랙 #2) - KDRAMALOVE KOREAN DRAMA REVIEWS']);
    expect(findAll(page, (e) => e.tagName === 'link' && e.getAttributeValue('rel') === 'canonical')).toEqual([]);
  });

  test('the page passes html-validate’s standard preset', async () => {
    expect(await validateHtml(html, 'soundtrack-2.html')).toEqual([]);
  });

  test('golden file: the exported page is byte for byte tests/golden/soundtrack-2.html (UPDATE_GOLDEN=1 rewrites it)', () => {
    const template = goldenTemplateOf(html);
    expect(template, 'every paragraph of the review became a placeholder').not.toContain('Hyeon Seo');
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, template);
    }
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1 to create it`).toBe(true);
    expect(template).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

/** React's escaping of text and attribute values, as the exported page has it. */
function escapeAsReact(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

/** The exported page with the reference review's prose replaced by named placeholders. */
function goldenTemplateOf(html: string): string {
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  const { intro, rest } = fileParagraphs();
  const pieces: [string, string][] = [
    ...intro.map((text, i): [string, string] => [`intro.${i}`, text]),
    ...rest.map((text, i): [string, string] => [`body.${i}`, text]),
  ];
  let template = html;
  for (const [name, text] of pieces.sort((a, b) => b[1].length - a[1].length)) {
    template = template.split(escapeAsReact(text)).join(`{{${name}}}`);
  }
  if (description) template = template.split(`content="${description}"`).join('content="{{description}}"');
  return template;
}
