/**
 * The drama form's values (src-renderer/features/drama-form/form-values.ts): the
 * shared drama header plus the watch record, and what the core is sent.
 */
import { expect, test } from 'vitest';
import type { Drama } from '../../../../../src-main/core/common/model';
import { createInputOf, EMPTY_FORM, fieldOfValue, formValuesOf, updateInputOf } from '../../../../../src-renderer/features/drama-form/form-values';
import { sampleDrama } from '../../../../support/temp-journal';

const saved = {
  id: 7,
  ...sampleDrama,
  episodeMinutes: 45,
  watch: { status: 'watching', episodesWatched: 3, startedOn: '2024-03-02', finishedOn: null, rewatches: 0 },
} as Drama;

test('a new drama sends its header, with names left in the token boxes, and no watch fields the user left alone', () => {
  const values = { ...EMPTY_FORM, title: 'Moving', nativeTitle: '무빙', platformDraft: 'Disney+', airedMonth: '8', airedYear: '2023', episodes: '20' };
  expect(createInputOf(values)).toEqual({
    title: 'Moving',
    nativeTitle: '무빙',
    platforms: ['Disney+'],
    aired: { year: 2023, month: 8 },
    episodes: 20,
    genres: [],
    episodeMinutes: 60,
  });
  expect(createInputOf({ ...values, status: 'completed' })).toMatchObject({ watch: { status: 'completed' } });
});

test('editing sends the whole header but only the watch fields that changed', () => {
  const values = formValuesOf(saved);
  expect(updateInputOf(saved, values)).toEqual({
    id: 7,
    title: saved.title,
    nativeTitle: saved.nativeTitle,
    platforms: saved.platforms,
    aired: saved.aired,
    episodes: saved.episodes,
    genres: saved.genres,
    episodeMinutes: 45,
  });
  expect(updateInputOf(saved, { ...values, episodesWatched: '5', finishedOn: '' }).watch).toEqual({ episodesWatched: 5 });
});

test('editing a header value or a watch value clears the message of its own field', () => {
  expect(fieldOfValue('airedYear')).toBe('aired');
  expect(fieldOfValue('genreDraft')).toBe('genres');
  expect(fieldOfValue('startedOn')).toBe('startedOn');
  expect(fieldOfValue('status')).toBe('status');
});
