import { describe, expect, test } from 'vitest';
import { diffTokens, type DiffRun } from '../../../src-main/core/common/word-diff';

const words = (text: string) => text.split(' ').filter(Boolean);
const side = (runs: DiffRun[], kind: 'removed' | 'added') => runs.filter((r) => r.kind !== kind).flatMap((r) => r.tokens);
const edits = (runs: DiffRun[]) => runs.filter((r) => r.kind !== 'same').reduce((n, r) => n + r.tokens.length, 0);

/** The classic longest-common-subsequence length, quadratic: the reference the fast diff must match. */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j];
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

/** A small deterministic random source, so failures reproduce. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('a word-level diff', () => {
  test('marks a changed word as removed and added, keeping the words around it', () => {
    expect(diffTokens(words('the ferry left at dawn'), words('the ferry left at dusk'))).toEqual([
      { kind: 'same', tokens: ['the', 'ferry', 'left', 'at'] },
      { kind: 'removed', tokens: ['dawn'] },
      { kind: 'added', tokens: ['dusk'] },
    ]);
  });

  test('finds an insertion in the middle and a deletion at the start', () => {
    expect(diffTokens(words('so two strangers meet'), words('two quiet strangers meet'))).toEqual([
      { kind: 'removed', tokens: ['so'] },
      { kind: 'same', tokens: ['two'] },
      { kind: 'added', tokens: ['quiet'] },
      { kind: 'same', tokens: ['strangers', 'meet'] },
    ]);
  });

  test('equal lists are one unchanged run; empty against text is all added or all removed', () => {
    expect(diffTokens(words('a b'), words('a b'))).toEqual([{ kind: 'same', tokens: ['a', 'b'] }]);
    expect(diffTokens([], words('a b'))).toEqual([{ kind: 'added', tokens: ['a', 'b'] }]);
    expect(diffTokens(words('a b'), [])).toEqual([{ kind: 'removed', tokens: ['a', 'b'] }]);
    expect(diffTokens([], [])).toEqual([]);
  });

  test('on random texts, it rebuilds both versions and makes the fewest edits', () => {
    const next = random(7);
    const vocabulary = ['rain', 'ferry', 'song', 'the', 'a', 'quiet', 'lead', 'end'];
    const text = (length: number) => Array.from({ length }, () => vocabulary[Math.floor(next() * vocabulary.length)]);
    for (let round = 0; round < 200; round += 1) {
      const a = text(Math.floor(next() * 30));
      const b = next() < 0.5 ? text(Math.floor(next() * 30)) : a.map((w) => (next() < 0.2 ? 'changed' : w));
      const runs = diffTokens(a, b);
      expect(side(runs, 'added')).toEqual(a);
      expect(side(runs, 'removed')).toEqual(b);
      expect(edits(runs)).toBe(a.length + b.length - 2 * lcsLength(a, b));
    }
  });

  test('past the edit bound it reports the differing middle whole, still rebuilding both versions', () => {
    const a = words('keep x1 x2 x3 x4 x5 x6 end');
    const b = words('keep y1 y2 y3 y4 y5 y6 end');
    const runs = diffTokens(a, b, 4);
    expect(runs).toEqual([
      { kind: 'same', tokens: ['keep'] },
      { kind: 'removed', tokens: words('x1 x2 x3 x4 x5 x6') },
      { kind: 'added', tokens: words('y1 y2 y3 y4 y5 y6') },
      { kind: 'same', tokens: ['end'] },
    ]);
  });
});
