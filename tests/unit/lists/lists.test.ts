import { describe, expect, test } from 'vitest';
import type { DramaList } from '../../../src-main/core/common/types/lists';
import { drama, ok, useJournal } from '../core/fixtures';
import { snapshot } from '../core/journal-snapshot';

async function withDramas(...titles: string[]) {
  const t = useJournal();
  for (const title of titles) await ok(t.dispatch('dramas.create', drama({ title })));
  return t;
}

const order = (list: DramaList) => list.items.map((i) => `${i.position}. ${i.title}`);

describe('lists', () => {
  test('made private with a name and description, renamed, marked public and deleted', async () => {
    const { dispatch } = await withDramas('Soundtrack #2');
    const list = await ok<DramaList>(dispatch('lists.create', { name: '  Comfort rewatches ', description: 'For rainy days.' }));
    expect(list).toMatchObject({ name: 'Comfort rewatches', description: 'For rainy days.', public: false, size: 0, items: [] });
    const renamed = await ok<DramaList>(dispatch('lists.update', { id: list.id, name: 'Best of 2025', public: true }));
    expect(renamed).toMatchObject({ name: 'Best of 2025', description: 'For rainy days.', public: true });
    await ok(dispatch('lists.delete', { id: list.id }));
    expect(await ok(dispatch('lists.list', undefined))).toEqual([]);
  });

  test('dramas keep the user order; moving one closes up the others', async () => {
    const { dispatch } = await withDramas('One', 'Two', 'Three');
    const { id } = await ok<DramaList>(dispatch('lists.create', { name: 'Mine' }));
    for (const dramaId of [1, 2, 3]) await ok(dispatch('lists.add', { listId: id, dramaId }));
    const [first, , third] = (await ok<DramaList>(dispatch('lists.get', { id }))).items;
    expect(order(await ok<DramaList>(dispatch('lists.move', { itemId: third!.id, position: 1 })))).toEqual(['1. Three', '2. One', '3. Two']);
    expect(order(await ok<DramaList>(dispatch('lists.move', { itemId: first!.id, position: 3 })))).toEqual(['1. Three', '2. Two', '3. One']);
    const removed = await ok<DramaList>(dispatch('lists.remove', { id: third!.id }));
    expect(order(removed)).toEqual(['1. Two', '2. One']);
    expect(removed.size).toBe(2);
  });

  test('a note per item, and the lists holding a drama', async () => {
    const { dispatch } = await withDramas('One');
    const a = await ok<DramaList>(dispatch('lists.create', { name: 'A' }));
    await ok<DramaList>(dispatch('lists.create', { name: 'B' }));
    const added = await ok<DramaList>(dispatch('lists.add', { listId: a.id, dramaId: 1, note: 'The rain scene.' }));
    const noted = await ok<DramaList>(dispatch('lists.note', { itemId: added.items[0]!.id, note: ' Episode 4. ' }));
    expect(noted.items[0]!.note).toBe('Episode 4.');
    expect(await ok(dispatch('lists.holding', { dramaId: 1 }))).toEqual([a.id]);
  });

  test('bad requests are refused as data naming the field, and change nothing', async () => {
    const { dispatch, journal } = await withDramas('One', 'Two');
    const { id } = await ok<DramaList>(dispatch('lists.create', { name: 'Mine' }));
    const item = (await ok<DramaList>(dispatch('lists.add', { listId: id, dramaId: 1 }))).items[0]!;
    const before = snapshot(journal.db);
    const refused = (error: { code: string; field: string }, message: string) => ({ ok: false, error: { ...error, message } });
    expect(await dispatch('lists.create', { name: 'MINE' })).toEqual(refused({ code: 'conflict', field: 'name' }, 'there is already a list named MINE'));
    expect(await dispatch('lists.add', { listId: id, dramaId: 1 })).toEqual(refused({ code: 'conflict', field: 'dramaId' }, 'One is already in the list Mine'));
    expect(await dispatch('lists.add', { listId: id, dramaId: 9 })).toEqual(refused({ code: 'not-found', field: 'dramaId' }, 'That drama is not in your journal; it may have been deleted.'));
    expect(await dispatch('lists.add', { listId: 9, dramaId: 2 })).toEqual(refused({ code: 'not-found', field: 'id' }, 'That list is not in your journal; it may have been deleted.'));
    expect(await dispatch('lists.move', { itemId: item.id, position: 2 })).toEqual(
      refused({ code: 'invalid-input', field: 'position' }, 'position must be from 1 to 1, the number of dramas in the list'),
    );
    expect(await dispatch('lists.note', { itemId: 99, note: 'x' })).toEqual(refused({ code: 'not-found', field: 'itemId' }, 'That drama is no longer in the list.'));
    expect(await dispatch('lists.update', { id, name: '' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'name is required' } });
    expect(snapshot(journal.db)).toEqual(before);
  });

  test('the core refuses bad input by the same rules when called directly', async () => {
    const { journal } = await withDramas('One');
    expect(() => journal.lists.create({ name: 'x'.repeat(101) })).toThrow('name must be at most 100 characters');
    expect(journal.lists.all()).toEqual([]);
  });
});
