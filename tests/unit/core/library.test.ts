import { beforeEach, describe, expect, test } from 'vitest';
import type { Dispatch } from '../../../src-main/core/ipc/dispatch';
import type { DramaSummary, Grade, LibraryQuery } from '../../../src-main/core/common/model';
import { drama, ok, useJournal } from './fixtures';

let dispatch: Dispatch;

/** Six dramas that differ in every way the library sorts and filters by. */
beforeEach(async () => {
  ({ dispatch } = useJournal());
  const add = async (
    title: string,
    nativeTitle: string,
    extra: { grade?: Grade; finishedOn?: string; status?: string; year?: number; platforms?: string[]; genres?: string[] },
  ) => {
    const created = await ok<{ id: number }>(
      dispatch('dramas.create', {
        ...drama({ title, nativeTitle, platforms: extra.platforms ?? ['Netflix'], genres: extra.genres ?? ['Romance'] }),
        aired: { year: extra.year ?? 2024, month: 1 },
        watch: {
          status: extra.status ?? (extra.finishedOn ? 'completed' : 'plan-to-watch'),
          ...(extra.finishedOn ? { startedOn: '2020-01-01', finishedOn: extra.finishedOn } : {}),
        },
      }),
    );
    if (extra.grade) {
      await ok(
        dispatch('reviews.save', {
          dramaId: created.id,
          grade: extra.grade,
          reviewer: { name: 'Mina', location: '' },
          intro: [],
          story: [],
          closing: [],
          state: 'draft',
        }),
      );
    }
  };
  await add('crash Landing on You', '사랑의 불시착', { grade: 'A', finishedOn: '2020-02-16', year: 2019, platforms: ['tvN', 'Netflix'] });
  await add('Reply 1988', '응답하라 1988', { grade: 'A+', finishedOn: '2023-05-01', year: 2015, platforms: ['tvN'], genres: ['Comedy', 'Family'] });
  await add('Moving', '무빙', { grade: 'B-', status: 'watching', year: 2023, platforms: ['Disney+', 'Hulu'], genres: ['Action', 'Fantasy'] });
  await add('Alchemy of Souls', '환혼', { finishedOn: '2022-11-01', year: 2022, genres: ['Fantasy', 'Romance'] });
  await add('Beef 100% Love', '소고기 사랑', { status: 'dropped', year: 2024 });
  await add('Extraordinary Attorney Woo', '이상한 변호사 우영우', { grade: 'A', status: 'on-hold', year: 2022 });
});

const titles = async (query: LibraryQuery) => (await ok<DramaSummary[]>(dispatch('dramas.list', query))).map((d) => d.title);

describe('sorting', () => {
  test('by title, ignoring case (the default)', async () => {
    const expected = ['Alchemy of Souls', 'Beef 100% Love', 'crash Landing on You', 'Extraordinary Attorney Woo', 'Moving', 'Reply 1988'];
    expect(await titles({})).toEqual(expected);
    expect(await titles({ sort: 'title' })).toEqual(expected);
  });

  test('by grade, best first, ties by title, ungraded last', async () => {
    expect(await titles({ sort: 'grade' })).toEqual([
      'Reply 1988',
      'crash Landing on You',
      'Extraordinary Attorney Woo',
      'Moving',
      'Alchemy of Souls',
      'Beef 100% Love',
    ]);
  });

  test('by date finished, newest first, unfinished last by title', async () => {
    expect(await titles({ sort: 'finished' })).toEqual([
      'Reply 1988',
      'Alchemy of Souls',
      'crash Landing on You',
      'Beef 100% Love',
      'Extraordinary Attorney Woo',
      'Moving',
    ]);
  });
});

describe('filtering', () => {
  test.each<[LibraryQuery, string[]]>([
    [{ status: 'completed' }, ['Alchemy of Souls', 'crash Landing on You', 'Reply 1988']],
    [{ status: 'on-hold' }, ['Extraordinary Attorney Woo']],
    [{ grade: 'A' }, ['crash Landing on You', 'Extraordinary Attorney Woo']],
    [{ grade: 'F' }, []],
    [{ genre: 'fantasy' }, ['Alchemy of Souls', 'Moving']],
    [{ platform: 'TVN' }, ['crash Landing on You', 'Reply 1988']],
    [{ platform: 'Hulu' }, ['Moving']],
    [{ year: 2022 }, ['Alchemy of Souls', 'Extraordinary Attorney Woo']],
    [{ text: 'LANDING' }, ['crash Landing on You']],
    [{ text: '사랑' }, ['Beef 100% Love', 'crash Landing on You']],
    [{ text: '1988' }, ['Reply 1988']],
    [{ text: '100%' }, ['Beef 100% Love']],
    [{ text: '_' }, []],
    [{ status: 'completed', platform: 'tvN', sort: 'finished' }, ['Reply 1988', 'crash Landing on You']],
    [{ genre: 'Romance', grade: 'A', year: 2019 }, ['crash Landing on You']],
    // A first screenful: the first rows in the same order as the whole list.
    [{ limit: 2 }, ['Alchemy of Souls', 'Beef 100% Love']],
    [{ sort: 'grade', limit: 3 }, ['Reply 1988', 'crash Landing on You', 'Extraordinary Attorney Woo']],
    [{ status: 'completed', limit: 100 }, ['Alchemy of Souls', 'crash Landing on You', 'Reply 1988']],
  ])('%j', async (query, expected) => {
    expect(await titles(query)).toEqual(expected);
  });

  test('refuses a query it does not understand', async () => {
    expect(await dispatch('dramas.list', { sort: 'rating' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'sort must be one of title, grade, finished' },
    });
    expect(await dispatch('dramas.list', { year: '2022' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'year must be a whole number from 1900 to 2100' },
    });
  });
});
