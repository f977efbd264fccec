/**
 * Pictures on the exported site: each review picture and cover made at the widths
 * pages show it (never enlarged), WebP beside the original's format in `<picture>`,
 * made once and kept (the export's manifest is the cache), and the covers on the
 * index's cards, in the review's header and as its Open Graph image.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { setCover } from '../../../src-main/core/covers/set-cover';
import type { Journal } from '../../../src-main/core/journal';
import { exportSite } from '../../../src-main/core/site/export-site';
import { MANIFEST_NAME } from '../../../src-main/core/site/manifest';
import { readFixture, readReference } from '../../fixtures/fixtures';
import { byClass, byTag, findAll, listFiles, parseHtml, readTree, validateHtml } from './helpers/html';
import { journalWithReviews, outputFolder, readPage } from './helpers/site';

/** A real picture: a coloured field with a disc, so encoders have something to do. */
function drawn(width: number, height: number, colour: string): sharp.Sharp {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${colour}"/><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="#fff"/></svg>`;
  return sharp(Buffer.from(svg));
}

/** Saves a picture file with the review of `dramaId`, in the story after its first paragraph. */
async function addPicture(journal: Journal, dramaId: number, path: string, bytes: Buffer, alt = 'Su Ho at the piano'): Promise<string> {
  writeFileSync(path, bytes);
  const file = journal.pictures.importFile(path);
  const review = journal.reviews.get(dramaId)!;
  journal.transaction(() => journal.reviews.save({ dramaId, ...review, pictures: [...review.pictures, { file, alt, section: 'story', afterParagraph: 1 }] }));
  return file.slice(0, 32);
}

const imageFiles = (site: string) => listFiles(site).filter((f) => f.startsWith('images/'));
const picturesOf = (html: string) => findAll(parseHtml(html), byTag('picture'));
const attr = (element: ReturnType<typeof picturesOf>[number], tag: string, name: string) => findAll(element, byTag(tag))[0]?.getAttributeValue(name) ?? null;

describe('pictures made for the web', () => {
  test('a JPEG picture and a PNG cover come out at the widths pages need, never enlarged, as WebP and in their own format', async () => {
    const journal = journalWithReviews(readReference());
    journal.transaction(() => journal.settings.update({ siteUrl: 'https://dramas.example.org/' }));
    const { parent, site } = outputFolder();
    const still = await addPicture(journal, 1, join(parent, 'still.jpg'), await drawn(2000, 1000, '#336').jpeg().toBuffer());
    await setCover(journal, 1, await drawn(300, 450, '#8a1538').png().toBuffer(), 'poster.png');
    const cover = journal.covers.get(1)!.file.slice(0, 32);

    const result = await exportSite(journal, site);
    expect(result.notes).toEqual([]);
    // The still at 480, 960 and 1440 of its 2000 pixels; the 300-pixel cover at 160 and its own 300, not 320 or 640.
    const expected = [
      [`${cover}-160`, 160, 240],
      [`${cover}-300`, 300, 450],
      [`${still}-480`, 480, 240],
      [`${still}-960`, 960, 480],
      [`${still}-1440`, 1440, 720],
    ] as const;
    expect(imageFiles(site)).toEqual(
      expected.flatMap(([stem]) => [`images/${stem}.${stem.startsWith(cover) ? 'png' : 'jpg'}`, `images/${stem}.webp`]).sort(),
    );
    expect(result.encoded).toBe(10);
    for (const [stem, width, height] of expected) {
      for (const format of [stem.startsWith(cover) ? 'png' : 'jpeg', 'webp']) {
        const extension = format === 'jpeg' ? 'jpg' : format;
        const meta = await sharp(join(site, `images/${stem}.${extension}`)).metadata();
        expect([meta.format, meta.width, meta.height], `${stem}.${extension}`).toEqual([format, width, height]);
      }
    }

    const html = readPage(site, 'reviews/soundtrack-2.html');
    expect(await validateHtml(html, 'soundtrack-2.html')).toEqual([]);
    const [header, story] = picturesOf(html);
    // The cover heads the page and loads at once; the picture further down loads as the reader nears it.
    expect(header.getAttributeValue('class')).toBe('review-cover');
    expect([attr(header, 'img', 'alt'), attr(header, 'img', 'width'), attr(header, 'img', 'height'), attr(header, 'img', 'loading')]).toEqual([
      'Poster of Soundtrack #2',
      '300',
      '450',
      null,
    ]);
    expect(attr(header, 'source', 'type')).toBe('image/webp');
    expect(attr(header, 'source', 'srcset')).toBe(`../images/${cover}-160.webp 160w, ../images/${cover}-300.webp 300w`);
    expect(attr(header, 'img', 'srcset')).toBe(`../images/${cover}-160.png 160w, ../images/${cover}-300.png 300w`);
    expect(attr(header, 'img', 'src')).toBe(`../images/${cover}-300.png`);
    expect(story.parent?.tagName).toBe('figure');
    expect([attr(story, 'img', 'alt'), attr(story, 'img', 'width'), attr(story, 'img', 'height'), attr(story, 'img', 'loading')]).toEqual([
      'Su Ho at the piano',
      '1440',
      '720',
      'lazy',
    ]);
    expect(attr(story, 'img', 'srcset')).toBe(`../images/${still}-480.jpg 480w, ../images/${still}-960.jpg 960w, ../images/${still}-1440.jpg 1440w`);
    // The cover is what a link to the page shows, by its absolute address.
    const og = findAll(parseHtml(html), (e) => e.tagName === 'meta' && e.getAttributeValue('property') === 'og:image');
    expect(og.map((e) => e.getAttributeValue('content'))).toEqual([`https://dramas.example.org/images/${cover}-300.png`]);
  });

  test('a picture that cannot be decoded is left out of the site with a note; the rest is exported', async () => {
    const journal = journalWithReviews(readReference());
    const { parent, site } = outputFolder();
    const png = await drawn(800, 600, '#264').png().toBuffer();
    // A PNG cut short: its header still says PNG, its pixels are gone.
    const stored = await addPicture(journal, 1, join(parent, 'cut.png'), png.subarray(0, Math.floor(png.length / 2)));
    const path = journal.pictures.pathOf(journal.reviews.get(1)!.pictures[0].file);

    const result = await exportSite(journal, site);
    expect(result.notes).toEqual([`The picture ${path} in Soundtrack #2 cannot be read as a picture (the file may be damaged or cut short); it was left out.`]);
    expect(imageFiles(site)).toEqual([]);
    expect(readPage(site, 'reviews/soundtrack-2.html')).not.toContain('<img');
    expect(readFileSync(join(site, MANIFEST_NAME), 'utf8')).not.toContain(stored);
  });

  test('a picture already made is not encoded again: a re-export after an edit encodes nothing and writes only what changed', async () => {
    const journal = journalWithReviews(readReference(), readFixture('winter-letters.txt'));
    const { parent, site } = outputFolder();
    await addPicture(journal, 1, join(parent, 'one.jpg'), await drawn(1200, 800, '#336').jpeg().toBuffer());
    await addPicture(journal, 1, join(parent, 'two.png'), await drawn(700, 700, '#642').png().toBuffer(), 'Hyeon Seo');
    // The same picture in a second review is made once.
    await addPicture(journal, 2, join(parent, 'again.jpg'), readFileSync(join(parent, 'one.jpg')), 'A letter');
    await setCover(journal, 2, await drawn(600, 900, '#8a1538').jpeg().toBuffer(), 'poster.jpg');

    const first = await exportSite(journal, site);
    expect(first.encoded).toBe(imageFiles(site).length);
    const before = readTree(site);

    const again = await exportSite(journal, site);
    expect([again.encoded, again.written]).toEqual([0, 0]);

    const review = journal.reviews.get(1)!;
    journal.transaction(() => journal.reviews.save({ dramaId: 1, ...review, story: [...review.story, 'One more thought.'] }));
    const edited = await exportSite(journal, site);
    expect([edited.encoded, edited.written]).toEqual([0, 2]);
    const after = readTree(site);
    for (const path of imageFiles(site)) expect(after[path], path).toBe(before[path]);
    // What a fresh export of the edited journal gives, byte for byte.
    const fresh = outputFolder();
    expect((await exportSite(journal, fresh.site)).encoded).toBe(first.encoded);
    expect(readTree(fresh.site)).toEqual(after);
  });

  test('a picture removed from DIR by hand is made again; one no review shows any more is removed', async () => {
    const journal = journalWithReviews(readReference());
    const { parent, site } = outputFolder();
    await addPicture(journal, 1, join(parent, 'one.jpg'), await drawn(1000, 500, '#336').jpeg().toBuffer());
    await exportSite(journal, site);
    const [gone] = imageFiles(site);
    const { rmSync } = await import('node:fs');
    rmSync(join(site, gone));
    const remade = await exportSite(journal, site);
    expect(remade.encoded).toBeGreaterThan(0);
    expect(existsSync(join(site, gone))).toBe(true);

    const review = journal.reviews.get(1)!;
    journal.transaction(() => journal.reviews.save({ dramaId: 1, ...review, pictures: [] }));
    const without = await exportSite(journal, site);
    expect(without.removed).toBe(4);
    expect(imageFiles(site)).toEqual([]);
  });

  test('cancelled while pictures are being made: DIR is not created and nothing is left beside it', async () => {
    const journal = journalWithReviews(readReference());
    const { parent, site } = outputFolder();
    for (let i = 0; i < 8; i += 1) await addPicture(journal, 1, join(parent, `still-${i}.jpg`), await drawn(2400, 1600, `#3${i}6`).jpeg().toBuffer());
    const controller = new AbortController();
    const running = exportSite(journal, site, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(site)).toBe(false);
    expect(readdirSync(parent).filter((name) => name.includes('dramalog'))).toEqual([]);
  });
});

describe('covers on the site', () => {
  test('the index shows each review as a card, with the cover where the drama has one; the pages pass html-validate', async () => {
    const journal = journalWithReviews(readReference(), readFixture('winter-letters.txt'), readFixture('night-market.txt'));
    const { site } = outputFolder();
    await setCover(journal, 2, await drawn(400, 600, '#204060').jpeg().toBuffer(), 'poster.jpg');
    await exportSite(journal, site);
    for (const page of ['index.html', 'by-grade.html', 'by-year.html', 'reviews/winter-letters.html', 'reviews/soundtrack-2.html']) {
      expect(await validateHtml(readPage(site, page), page)).toEqual([]);
    }
    const index = parseHtml(readPage(site, 'index.html'));
    const cards = findAll(index, byClass('card'));
    expect(cards).toHaveLength(3);
    const covers = cards.map((card) => findAll(card, byClass('card-cover'))[0]);
    expect(covers.map((c) => c.tagName)).toEqual(['span', 'span', 'picture']);
    expect(covers.map((c) => c.getAttributeValue('class'))).toEqual(['card-cover card-no-cover', 'card-cover card-no-cover', 'card-cover']);
    expect(attr(covers[2], 'img', 'alt')).toBe('Poster of Winter Letters');
    expect(attr(covers[2], 'img', 'src')).toMatch(/^images\/[0-9a-f]{32}-400\.jpg$/);
    expect(existsSync(join(site, attr(covers[2], 'img', 'src')!))).toBe(true);
    // Only the review with a cover has one in its header; without a site address there is no og:image (it must be absolute).
    expect(picturesOf(readPage(site, 'reviews/winter-letters.html')).map((p) => p.getAttributeValue('class'))).toEqual(['review-cover']);
    expect(picturesOf(readPage(site, 'reviews/soundtrack-2.html'))).toEqual([]);
    expect(readPage(site, 'reviews/winter-letters.html')).not.toContain('og:image');
  });

  test('a new cover re-draws that review page and the lists, not the others', async () => {
    const journal = journalWithReviews(readReference(), readFixture('winter-letters.txt'));
    const { site } = outputFolder();
    await exportSite(journal, site);
    await setCover(journal, 1, await drawn(300, 450, '#8a1538').png().toBuffer(), 'poster.png');
    const result = await exportSite(journal, site);
    expect(result.encoded).toBe(4);
    expect(picturesOf(readPage(site, 'reviews/soundtrack-2.html'))).toHaveLength(1);
    expect(picturesOf(readPage(site, 'index.html'))).toHaveLength(1);
    // The three lists, the review page and the cover's four files (the feed shows nothing of a cover).
    expect(result.written).toBe(3 + 1 + 4);
  });
});
