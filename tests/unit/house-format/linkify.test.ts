import { expect, test } from 'vitest';
import { createPhraseLinker } from '../../../src-main/core/common/house-format/linkify';

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

test('one-letter names, names sharing beginnings and names at the very end of the text', () => {
  const short = createPhraseLinker([
    { phrase: 'W', href: 'w.html' },
    { phrase: 'We', href: 'we.html' },
    { phrase: 'Weightlifting Fairy', href: 'fairy.html' },
  ]);
  expect(short.link('W and We and Weightlifting Fairy and Wet, then W')).toEqual([
    { text: 'W', href: 'w.html' },
    ' and ',
    { text: 'We', href: 'we.html' },
    ' and ',
    { text: 'Weightlifting Fairy', href: 'fairy.html' },
    ' and Wet, then ',
    { text: 'W', href: 'w.html' },
  ]);
});

test('agrees with a plain search (every name tried at every word start) on generated text', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const words = ['Moon', 'Moonlit', 'Ferry', 'the', 'The', 'King', 'Kingdom', 'Ma', 'M', '#2', '2', '사랑', '사랑의', 'Reply', '1988'];
  const phrases = [...new Set(Array.from({ length: 60 }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(words)).join(' ')))]
    .filter((p) => /^[\p{L}\p{N}]/u.test(p));
  const targets = phrases.map((phrase, i) => ({ phrase, href: `${i}.html` }));
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);
  const plain = (text: string) => {
    const runs: (string | { text: string; href: string })[] = [];
    let from = 0;
    for (let at = 0; at < text.length; at += 1) {
      if (!isWord(text[at]) || isWord(text[at - 1])) continue;
      const found = targets
        .filter(({ phrase }) => text.startsWith(phrase, at) && !(isWord(phrase.at(-1)) && isWord(text[at + phrase.length])))
        .sort((a, b) => b.phrase.length - a.phrase.length)[0];
      if (!found) continue;
      if (at > from) runs.push(text.slice(from, at));
      runs.push({ text: found.phrase, href: found.href });
      from = at + found.phrase.length;
      at = from - 1;
    }
    if (from < text.length) runs.push(text.slice(from));
    return runs;
  };
  const linker = createPhraseLinker(targets);
  for (let i = 0; i < 300; i += 1) {
    const text = Array.from({ length: 12 }, () => pick([...words, ',', '.', '(', ')'])).join(pick([' ', ' ', '']));
    expect(linker.link(text), text).toEqual(plain(text));
  }
});
