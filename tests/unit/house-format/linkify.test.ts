import { expect, test } from 'vitest';
import { createPhraseLinker } from '../../../src-main/core/house-format/linkify';

const linker = createPhraseLinker([
  { phrase: 'Curtain Call', href: 'curtain-call.html' },
  { phrase: 'Youth Of May', href: 'youth-of-may.html' },
  { phrase: 'Soundtrack #1', href: 'soundtrack-1.html' },
  { phrase: 'Soundtrack', href: 'soundtrack.html' },
  { phrase: 'Mother', href: 'mother.html' },
  { phrase: '마더', href: 'mother.html' },
]);

test('names become links, whole words only, longest name first', () => {
  expect(linker.link('He wowed me in Curtain Call, and Keum Sae Rok in Youth Of May.')).toEqual([
    'He wowed me in ',
    { text: 'Curtain Call', href: 'curtain-call.html' },
    ', and Keum Sae Rok in ',
    { text: 'Youth Of May', href: 'youth-of-may.html' },
    '.',
  ]);
  expect(linker.link('After Soundtrack #1 (2022) came Soundtrack #12 and Soundtrack.')).toEqual([
    'After ',
    { text: 'Soundtrack #1', href: 'soundtrack-1.html' },
    ' (2022) came ',
    { text: 'Soundtrack', href: 'soundtrack.html' },
    ' #12 and ',
    { text: 'Soundtrack', href: 'soundtrack.html' },
    '.',
  ]);
});

test('no link inside a longer word, in another case, or in Hangul words that merely start the same', () => {
  expect(linker.link('Motherhood and mother are not Mother.')).toEqual(['Motherhood and mother are not ', { text: 'Mother', href: 'mother.html' }, '.']);
  expect(linker.link('마더는 좋다')).toEqual(['마더는 좋다']);
  expect(linker.link('(마더) 좋다')).toEqual(['(', { text: '마더', href: 'mother.html' }, ') 좋다']);
});

test('a page naming itself is not linked, and the name is not split into shorter names', () => {
  expect(linker.link('Soundtrack #1 was first.', { skip: (href) => href === 'soundtrack-1.html' })).toEqual(['Soundtrack #1 was first.']);
});

test('text with nothing to link comes back whole', () => {
  expect(createPhraseLinker([]).link('Nothing here.')).toEqual(['Nothing here.']);
  expect(linker.link('Nothing here.')).toEqual(['Nothing here.']);
});
