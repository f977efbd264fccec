/**
 * The editor's header as the preview shows it while the user types
 * (src-renderer/features/editor/header-input.ts): what is typed, or the saved
 * value wherever the typing is not yet a valid number.
 */
import { expect, test } from 'vitest';
import type { Drama } from '../../../src-main/core/common/model';
import { headerOf } from '../../../src-renderer/features/editor/editor-model';
import { previewHeader } from '../../../src-renderer/features/editor/header-input';
import { sampleDrama } from '../../support/temp-journal';

const saved = { id: 1, ...sampleDrama, aired: { year: 2023, month: 12 }, episodes: 6 } as Drama;

test('typed titles, platforms and numbers show as typed', () => {
  const header = { ...headerOf(saved), title: 'Soundtrack #3', platforms: ['Netflix'], airedMonth: '3', airedYear: '2024', episodes: '8' };
  expect(previewHeader(header, saved)).toEqual({
    title: 'Soundtrack #3',
    nativeTitle: saved.nativeTitle,
    platforms: ['Netflix'],
    genres: saved.genres,
    aired: { year: 2024, month: 3 },
    episodes: 8,
  });
});

test('a number being typed that is not valid yet shows the saved value instead', () => {
  for (const [airedMonth, airedYear, episodes] of [['', '', ''], ['13', '20.5', '0'], ['x', '-1', ' ']]) {
    const header = { ...headerOf(saved), airedMonth, airedYear, episodes };
    expect(previewHeader(header, saved)).toMatchObject({ aired: { year: 2023, month: 12 }, episodes: 6 });
  }
});
