/**
 * A drama's header as the drama form and the review editor hold it while the user
 * types (src-renderer/features/drama-fields/header-values.ts): what the core is
 * sent, what autosave sees as changed, and what the preview shows.
 */
import { describe, expect, test } from 'vitest';
import type { Drama } from '../../../../../src-main/core/common/model';
import {
  EMPTY_HEADER_VALUES,
  headerChangesOf,
  headerFieldOfValue,
  headerValuesOf,
  previewRelease,
  releaseOf,
} from '../../../../../src-renderer/features/drama-fields/header-values';
import { sampleDrama } from '../../../../support/temp-journal';

const saved = { id: 1, ...sampleDrama, aired: { year: 2023, month: 12 }, episodes: 6 } as Drama;

describe('values from a drama and back', () => {
  test('a saved drama shows as text, and is sent back unchanged', () => {
    const values = headerValuesOf(saved);
    expect(values).toMatchObject({ title: saved.title, airedMonth: '12', airedYear: '2023', episodes: '6', platformDraft: '', genreDraft: '' });
    expect(releaseOf(values, 'included')).toEqual({
      title: saved.title,
      nativeTitle: saved.nativeTitle,
      platforms: saved.platforms,
      aired: saved.aired,
      episodes: 6,
      genres: saved.genres,
    });
  });

  test('editing the values never changes the drama they came from', () => {
    const values = headerValuesOf(saved);
    values.platforms.push('Viki');
    expect(saved.platforms).toEqual(sampleDrama.platforms);
  });

  test('text left in a token box counts when the user saves, not for autosave', () => {
    const values = { ...headerValuesOf(saved), platformDraft: 'Disney+, Hulu ', genreDraft: 'Comedy' };
    expect(releaseOf(values, 'included')).toMatchObject({ platforms: [...saved.platforms, 'Disney+', 'Hulu'], genres: [...saved.genres, 'Comedy'] });
    expect(releaseOf(values, 'left-out')).toMatchObject({ platforms: saved.platforms, genres: saved.genres });
  });

  test('an empty or unreadable number goes to the core as null, for the core to name the field', () => {
    expect(releaseOf(EMPTY_HEADER_VALUES, 'included')).toEqual({
      title: '',
      nativeTitle: '',
      platforms: [],
      aired: { year: null, month: null },
      episodes: null,
      genres: [],
    });
    expect(releaseOf({ ...EMPTY_HEADER_VALUES, episodes: 'twelve', airedYear: ' 2024 ' }, 'included')).toMatchObject({ episodes: null, aired: { year: 2024 } });
  });

  test('typing in a box clears the message of the field it feeds', () => {
    expect(headerFieldOfValue('platformDraft')).toBe('platforms');
    expect(headerFieldOfValue('genreDraft')).toBe('genres');
    expect(headerFieldOfValue('airedMonth')).toBe('aired');
    expect(headerFieldOfValue('airedYear')).toBe('aired');
    expect(headerFieldOfValue('nativeTitle')).toBe('nativeTitle');
  });
});

describe('what autosave sends', () => {
  test('nothing changed (or only spaces around a title, or half-typed tokens): nothing to send', () => {
    expect(headerChangesOf(saved, headerValuesOf(saved))).toBeNull();
    expect(headerChangesOf(saved, { ...headerValuesOf(saved), title: ` ${saved.title} `, platformDraft: 'Vi' })).toBeNull();
  });

  test('only the fields that changed are sent, as typed', () => {
    expect(headerChangesOf(saved, { ...headerValuesOf(saved), episodes: '16', genres: ['Romance'] })).toEqual({ id: 1, episodes: 16, genres: ['Romance'] });
    expect(headerChangesOf(saved, { ...headerValuesOf(saved), airedMonth: '' })).toEqual({ id: 1, aired: { year: 2023, month: null } });
  });
});

describe('the preview while typing', () => {
  test('typed titles, platforms and numbers show as typed', () => {
    const header = { ...headerValuesOf(saved), title: 'Soundtrack #3', platforms: ['Netflix'], airedMonth: '3', airedYear: '2024', episodes: '8' };
    expect(previewRelease(header, saved)).toEqual({
      title: 'Soundtrack #3',
      nativeTitle: saved.nativeTitle,
      platforms: ['Netflix'],
      genres: saved.genres,
      aired: { year: 2024, month: 3 },
      episodes: 8,
    });
  });

  test('a number being typed that is not valid yet shows the saved value instead', () => {
    for (const [airedMonth, airedYear, episodes] of [['13', '20.5', '0'], ['x', '-1', '1.5']]) {
      const header = { ...headerValuesOf(saved), airedMonth, airedYear, episodes };
      expect(previewRelease(header, saved)).toMatchObject({ aired: { year: 2023, month: 12 }, episodes: 6 });
    }
  });

  test('an emptied box previews as not known, the way it will be saved', () => {
    const header = { ...headerValuesOf(saved), nativeTitle: ' ', airedMonth: '', airedYear: '', episodes: '' };
    expect(previewRelease(header, saved)).toMatchObject({ nativeTitle: null, aired: { year: null, month: null }, episodes: null });
  });
});
