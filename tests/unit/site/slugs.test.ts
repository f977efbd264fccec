import { expect, test } from 'vitest';
import { assignSlugs, slugOf } from '../../../src-main/core/site/slugs';

test('a slug is the English title in lower case, words joined by hyphens', () => {
  expect(slugOf('Soundtrack #2')).toBe('soundtrack-2');
  expect(slugOf('Youth Of May')).toBe('youth-of-may');
  expect(slugOf("It's Okay to Not Be Okay")).toBe('its-okay-to-not-be-okay');
  expect(slugOf('Café Minamdang')).toBe('cafe-minamdang');
  expect(slugOf('  Reply 1988!  ')).toBe('reply-1988');
  expect(slugOf('사랑의 불시착')).toBe('');
});

test('slugs are unique, given out in drama id order, and a drama keeps its slug when others are added', () => {
  const dramas = [
    { id: 1, title: 'Mother' },
    { id: 2, title: '사랑의 불시착' },
    { id: 4, title: 'Mother' },
    { id: 7, title: 'MOTHER!' },
    { id: 9, title: 'Mother 2' },
  ];
  const slugs = assignSlugs(dramas);
  expect([...slugs]).toEqual([
    [1, 'mother'],
    [2, 'drama-2'],
    [4, 'mother-2'],
    [7, 'mother-3'],
    [9, 'mother-2-2'],
  ]);
  const more = assignSlugs([...dramas, { id: 10, title: 'Mother' }]);
  for (const [id, slug] of slugs) expect(more.get(id)).toBe(slug);
  expect(more.get(10)).toBe('mother-4');
});

test('Windows device names never become file names, whatever the letter case or words around', () => {
  for (const title of ['CON', 'nul', 'Prn', 'AUX', 'COM1', 'com9', 'LPT1', 'Lpt9', 'con.', ' Nul! ']) {
    expect(slugOf(title)).toMatch(/-page$/);
  }
  expect(slugOf('Con Artist')).toBe('con-artist');
  expect(slugOf('COM10')).toBe('com10');
  expect([...assignSlugs([{ id: 1, title: 'CON' }, { id: 2, title: 'con' }, { id: 3, title: 'Con Page' }]).values()]).toEqual(['con-page', 'con-page-2', 'con-page-3']);
});
