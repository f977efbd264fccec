import { expect, test } from 'vitest';
import { parseHash, hrefOf } from '../../../../../src-renderer/app/routes';
import { moved } from '../../../../../src-renderer/features/lists/lists-store';

const items = ['One', 'Two', 'Three'].map((title, i) => ({ id: i + 10, title, position: i + 1 }));
const shown = (list: typeof items) => list.map((i) => `${i.position}. ${i.title}`);

test('a move shown before the journal answers puts the item in its place and numbers the list again', () => {
  expect(shown(moved(items, 12, 1))).toEqual(['1. Three', '2. One', '3. Two']);
  expect(shown(moved(items, 10, 3))).toEqual(['1. Two', '2. Three', '3. One']);
  expect(shown(moved(items, 99, 1))).toEqual(['1. One', '2. Two', '3. Three']);
  expect(items[0]!.position).toBe(1); // the list it was given is left as it was
});

test('the Lists screen and a list page have addresses of their own', () => {
  expect(parseHash('#/lists')).toEqual({ name: 'lists' });
  expect(parseHash('#/lists/7')).toEqual({ name: 'list', id: 7 });
  expect(hrefOf({ name: 'list', id: 7 })).toBe('#/lists/7');
  expect(parseHash('#/lists/0')).toEqual({ name: 'library' });
  expect(parseHash('#/lists/7/edit')).toEqual({ name: 'library' });
});
