import { expect, test } from 'vitest';
import { foldForIndex } from '../../../src-main/core/search/fold';
import { compileQuery } from '../../../src-main/core/search/query';

test('Hangul runs are indexed as overlapping pairs plus the last syllable; other text is left as it is', () => {
  expect(foldForIndex('사운드트랙 #2').trim().split(/\s+/)).toEqual(['사운', '운드', '드트', '트랙', '랙', '#2']);
  expect(foldForIndex('눈물의 <전쟁>').trim().split(/\s+/)).toEqual(['눈물', '물의', '의', '<', '전쟁', '쟁', '>']);
  expect(foldForIndex('Soundtrack')).toBe('Soundtrack');
});

test('each word becomes one quoted phrase, its last piece a prefix, combined with AND', () => {
  expect(compileQuery('사운드')?.match).toBe('"사운 운드 드"*');
  expect(compileQuery('전쟁')?.match).toBe('"전쟁 쟁"*');
  expect(compileQuery('Sound track')?.match).toBe('"Sound"* "track"*');
  expect(compileQuery('K')?.match).toBe('"K"');
});

test('a query of several words is also one phrase in the order typed, only its last word a prefix', () => {
  expect(compileQuery('Kim Soo Hyun')?.phrase).toBe('"Kim Soo Hyun"*');
  expect(compileQuery('눈물의 여왕')?.phrase).toBe('"눈물 물의 의 여왕 왕"*');
  expect(compileQuery('sound K')?.phrase).toBe('"sound K"');
  expect(compileQuery('piano piano')?.phrase).toBe('"piano piano"*');
  expect(compileQuery('sound')?.phrase).toBeNull();
  expect(compileQuery('sound ()')?.phrase).toBeNull();
});

test('search syntax in the input is quoted away: every expression is only quoted strings', () => {
  for (const text of ['a" OR "b', 'x*', 'title:x', 'NEAR(a b)', '-x', '^x', '(x)', '{a b}: c', 'x AND y', '"']) {
    const compiled = compileQuery(text);
    if (!compiled) continue;
    // Outside the quoted strings there is nothing but spaces and the prefix star.
    for (const expression of [compiled.match, compiled.phrase ?? '']) {
      const outside = expression.replace(/"(?:[^"]|"")*"/g, '');
      expect(outside, text).toMatch(/^[\s*]*$/);
    }
  }
  expect(compileQuery('a" OR "b')?.match).toBe('"a""" "OR"* """b"');
});

test('nothing searchable gives no query at all', () => {
  for (const text of ['', '   ', '"', '*', '-', '()', 'ㅅ']) expect(compileQuery(text), text).toBeNull();
});

test('repeated words are searched once', () => {
  expect(compileQuery('piano PIANO piano')?.words).toHaveLength(1);
});
