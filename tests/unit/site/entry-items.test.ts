/**
 * List entries drawn from templates (core/site/pages/entry-items.ts) must be
 * the very `<li>` React draws with `Entry`, for every kind of entry; an entry
 * a template cannot draw is drawn by React.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { entryTemplatesInUse, renderEntryItems } from '../../../src-main/core/site/pages/entry-items';
import { Entry, type ListEntry } from '../../../src-main/core/site/pages/parts';

const byReact = (entry: ListEntry) => renderToStaticMarkup(createElement(Entry, { entry }));

const base: ListEntry = {
  title: 'Soundtrack #2',
  nativeTitle: '사운드트랙 #2',
  releaseLine: 'Disney+ / Hulu (Dec. 2023) 6 Episodes',
  grade: 'B+',
  href: 'reviews/soundtrack-2.html',
  draft: false,
};

const entries: ListEntry[] = [
  base,
  { ...base, grade: null },
  { ...base, draft: true },
  { ...base, grade: null, draft: true },
  { ...base, note: 'Lead role as Do Hyeon Seo' },
  { ...base, note: '' },
  { ...base, grade: 'A+', draft: true, note: 'Finished on 3 Feb. 2024', href: '../reviews/soundtrack-2.html' },
  {
    title: `<script>alert("x")</script> & 'Co'`,
    nativeTitle: '톰 & 제리 <2>',
    releaseLine: 'A&E / "Quoted" (Jan. 2020) 1 Episode',
    grade: 'C-',
    href: 'reviews/script-alert-x-script-co.html',
    draft: false,
    note: `Supporting role as O'Neil <"Jr."> & co.`,
  },
];

test('every kind of entry comes out as React draws it, in order, from the templates', () => {
  expect(renderEntryItems(entries)).toEqual(entries.map(byReact));
  expect(entryTemplatesInUse()).toBe(true);
});

test('an entry linking anywhere but a plain page address is drawn by React, which neutralises a script address', () => {
  const odd: ListEntry = { ...base, href: 'javascript:alert(1)' };
  const [item] = renderEntryItems([odd]);
  expect(item).toBe(byReact(odd));
  expect(item).not.toContain('javascript:alert(1)');
});

test('no entries, no markup', () => {
  expect(renderEntryItems([])).toEqual([]);
});
