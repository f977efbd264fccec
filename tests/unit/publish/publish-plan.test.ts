import { expect, test } from 'vitest';
import { foldersOf, planPublish, uploadOrder } from '../../../src-main/core/publish/publish-plan';
import type { PublishedFile } from '../../../src-main/core/publish/publish-repository';

const live = (hash: string): PublishedFile => ({ hash, pending: false });

test('only files whose content changed since the last publish are uploaded; files no longer written are removed', () => {
  const site = new Map([
    ['index.html', 'h-index-2'],
    ['reviews/a.html', 'h-a'],
    ['reviews/new.html', 'h-new'],
    ['style.css', 'h-css'],
  ]);
  const record = new Map<string, PublishedFile>([
    ['index.html', live('h-index-1')],
    ['reviews/a.html', live('h-a')],
    ['reviews/gone.html', live('h-gone')],
    ['style.css', live('h-css')],
  ]);
  const plan = planPublish(site, record);
  expect(plan.upload).toEqual(['reviews/new.html', 'index.html']);
  expect(plan.remove).toEqual(['reviews/gone.html']);
  expect(plan.unchanged).toEqual(['reviews/a.html', 'style.css']);
  // Only a path Dramalog never published there is checked for someone else's file in the way.
  expect(plan.fresh).toEqual(['reviews/new.html']);
  expect(plan.leftoverParts).toEqual([]);
});

test('a file an interrupted publish claimed is uploaded again, its part file cleared, and it is not someone else’s', () => {
  const site = new Map([['reviews/a.html', 'h-a2']]);
  const record = new Map<string, PublishedFile>([
    ['reviews/a.html', { hash: null, pending: true }],
    ['reviews/b.html', { hash: null, pending: true }],
  ]);
  const plan = planPublish(site, record);
  expect(plan.upload).toEqual(['reviews/a.html']);
  expect(plan.fresh).toEqual([]);
  expect(plan.remove).toEqual(['reviews/b.html']);
  expect(plan.leftoverParts.sort()).toEqual(['reviews/a.html', 'reviews/b.html']);
});

test('pictures and the style sheet go up first, pages in folders next, the front page and the feed last', () => {
  expect(uploadOrder(['feed.xml', 'index.html', 'by-grade.html', 'reviews/z.html', 'images/a-480.webp', 'style.css', 'actors/kim.html', 'sitemap.xml'])).toEqual([
    'images/a-480.webp',
    'style.css',
    'actors/kim.html',
    'reviews/z.html',
    'by-grade.html',
    'index.html',
    'feed.xml',
    'sitemap.xml',
  ]);
});

test('folders are listed once each, with the names asked for in them', () => {
  expect(foldersOf(['index.html', 'reviews/a.html', 'reviews/b.html', 'images/x.webp'])).toEqual(
    new Map([
      ['', ['index.html']],
      ['reviews', ['a.html', 'b.html']],
      ['images', ['x.webp']],
    ]),
  );
});
