/**
 * What a careful user or an attacker could do to an export (issue 9): control
 * characters in the feed, reviews deleted between exports, a symbolic link in
 * the media folder.
 */
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Journal } from '../../../src-main/core/journal';
import { exportSite } from '../../../src-main/core/site/export-site';
import { renderFeed } from '../../../src-main/core/site/feed';
import { readReference } from '../../fixtures/fixtures';
import { listFiles, readTree } from './helpers/html';
import { journalWithReviews, outputFolder, readPage } from './helpers/site';

/** Code points XML 1.0 allows in a document (its `Char` production). */
const isXmlChar = (c: number) =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/** Every character of the document, code point by code point (a lone surrogate counts as itself). */
function notXmlChars(text: string): number[] {
  const bad: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i += 1;
    if (!isXmlChar(c)) bad.push(c);
  }
  return bad;
}

describe('feed.xml', () => {
  test('drops the characters XML 1.0 forbids, keeping tab, newline and everything else', () => {
    const feed = renderFeed({
      siteTitle: 'MY\u0007 DRAMAS',
      baseUrl: null,
      entries: [
        {
          id: 1,
          title: 'Bell\u0001 Tower\u0000 \uFFFE\uD800',
          nativeTitle: '종\u001b탑 😀',
          path: 'reviews/bell-tower.html',
          summary: 'A tab\there, a line\nthere & <more>.',
          author: 'Jill\u000b',
          published: '2026-01-01T00:00:00.000Z',
          updated: '2026-01-01T00:00:00.000Z',
        },
      ],
    });
    expect(notXmlChars(feed)).toEqual([]);
    expect(feed).toContain('<title>Bell Tower  (종탑 😀)</title>');
    expect(feed).toContain('<summary type="text">A tab\there, a line\nthere &amp; &lt;more&gt;.</summary>');
    expect(feed).toContain('<title>MY DRAMAS</title>');
    expect(feed).toContain('<name>Jill</name>');
  });
});

function addReview(journal: Journal, title: string): number {
  return journal.transaction(() => {
    const drama = journal.dramas.create({ title, nativeTitle: '사랑', platforms: ['tvN'], aired: { year: 2020, month: 1 }, episodes: 16, genres: ['Romance'] });
    journal.reviews.save({
      dramaId: drama.id,
      grade: 'B',
      reviewer: { name: 'Jill', location: 'USA' },
      intro: [`All about ${title}, number ${drama.id}.`],
      story: ['It happens.'],
      closing: ['Watch it.'],
      state: 'final',
    });
    return drama.id;
  });
}

describe('page addresses', () => {
  test('deleting one of three same-titled reviews leaves the others at their addresses, and a new one takes a new address', async () => {
    const journal = journalWithReviews();
    const ids = ['Love', 'Love', 'Love'].map((title) => addReview(journal, title));
    const { site } = outputFolder();
    await exportSite(journal, site);
    const reviews = () => listFiles(site).filter((f) => f.startsWith('reviews/'));
    expect(reviews()).toEqual(['reviews/love-2.html', 'reviews/love-3.html', 'reviews/love.html']);
    const third = readPage(site, 'reviews/love-3.html');

    journal.transaction(() => journal.reviews.delete(ids[1]));
    await exportSite(journal, site);
    expect(reviews()).toEqual(['reviews/love-3.html', 'reviews/love.html']);
    expect(readPage(site, 'reviews/love-3.html')).toBe(third);

    const fourth = addReview(journal, 'Love');
    await exportSite(journal, site);
    const added = reviews().filter((f) => !['reviews/love-3.html', 'reviews/love.html'].includes(f));
    expect(added).toHaveLength(1);
    // Never the deleted review's address: a link to it must not lead to another review.
    expect(added[0]).not.toBe('reviews/love-2.html');
    expect(readPage(site, added[0])).toContain(`number ${fourth}.`);
    expect(readPage(site, 'reviews/love-3.html')).toBe(third);
  });

  test('a review named like a Windows device gets an address Windows accepts', async () => {
    const journal = journalWithReviews();
    for (const title of ['CON', 'Nul', 'lpt1']) addReview(journal, title);
    const { site } = outputFolder();
    await exportSite(journal, site);
    expect(listFiles(site).filter((f) => f.startsWith('reviews/'))).toEqual(['reviews/con-page.html', 'reviews/lpt1-page.html', 'reviews/nul-page.html']);
  });
});

describe('pictures', () => {
  test('a symbolic link in the media folder is not followed: the picture is left out and the export says so', async () => {
    const journal = journalWithReviews(readReference());
    const { parent, site } = outputFolder();
    const png = join(parent, 'still.png');
    writeFileSync(png, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
    const file = journal.pictures.importFile(png);
    const secret = join(parent, 'secret.txt');
    writeFileSync(secret, 'my private notes');
    const stored = journal.pictures.pathOf(file);
    rmSync(stored);
    symlinkSync(secret, stored);
    const review = journal.reviews.get(1)!;
    journal.transaction(() => journal.reviews.save({ dramaId: 1, ...review, pictures: [{ file, alt: 'A still', section: 'story', afterParagraph: 1 }] }));

    const result = await exportSite(journal, site);
    expect(result.notes).toEqual([`The picture ${stored} in Soundtrack #2 is a symbolic link; it was left out.`]);
    expect(existsSync(join(site, 'images'))).toBe(false);
    expect(Object.values(readTree(site)).some((content) => content.includes('my private notes'))).toBe(false);
    expect(readPage(site, 'reviews/soundtrack-2.html')).not.toContain('<img');
    expect(readFileSync(secret, 'utf8')).toBe('my private notes');
  });
});
