/**
 * A word-level diff, for telling a review's versions apart.
 *
 * Written by hand because no well-kept diff library is among the project's
 * dependencies (jsdiff and diff-match-patch are not installed, and helpers may not
 * add packages); what is needed is small: the shortest edit script between two
 * lists of words. This is Myers' O((N+M)·D) algorithm ("An O(ND) Difference
 * Algorithm and Its Variations", 1986) after trimming the common start and end,
 * so two versions a few edits apart cost little more than reading them. Its cost
 * grows with the number of edits D, so D is bounded: past MAX_EDITS the middle
 * that differs is reported as removed and added whole, which keeps a long review
 * that was rewritten from scratch as fast as one that was touched up.
 */

export type DiffKind = 'same' | 'added' | 'removed';

/** A run of tokens that both lists share, or that only the old (`removed`) or the new (`added`) one has. */
export interface DiffRun<T = string> {
  kind: DiffKind;
  tokens: T[];
}

/** Above this many insertions plus deletions, the differing middle is reported whole. */
export const MAX_EDITS = 1000;

/** The edit script turning `before` into `after`, as runs in reading order; neighbouring runs differ in kind. */
export function diffTokens<T>(before: readonly T[], after: readonly T[], maxEdits = MAX_EDITS): DiffRun<T>[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const runs: DiffRun<T>[] = [];
  push(runs, 'same', before.slice(0, start));
  for (const run of middle(before.slice(start, endBefore), after.slice(start, endAfter), maxEdits)) push(runs, run.kind, run.tokens);
  push(runs, 'same', before.slice(endBefore));
  return runs;
}

/** Adds tokens to the end of an edit script, joining them to the last run when it has the same kind. */
export function push<T>(runs: DiffRun<T>[], kind: DiffKind, tokens: readonly T[]): void {
  if (tokens.length === 0) return;
  const last = runs[runs.length - 1];
  if (last && last.kind === kind) last.tokens.push(...tokens);
  else runs.push({ kind, tokens: [...tokens] });
}

/** Myers' greedy forward search, keeping each round's furthest points to walk the path back. */
function middle<T>(a: readonly T[], b: readonly T[], maxEdits: number): DiffRun<T>[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [...(n ? [{ kind: 'removed' as const, tokens: [...a] }] : []), ...(m ? [{ kind: 'added' as const, tokens: [...b] }] : [])];
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d);
    }
  }
  return [
    { kind: 'removed', tokens: [...a] },
    { kind: 'added', tokens: [...b] },
  ];
}

/** Walks from the end back to the start through the rounds' furthest points; `trace[d]` holds v for k in [-d-1, d+1]. */
function backtrack<T>(a: readonly T[], b: readonly T[], trace: Int32Array[], edits: number): DiffRun<T>[] {
  const steps: { kind: DiffKind; token: T }[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = edits; d > 0; d -= 1) {
    const v = trace[d];
    const at = (k: number) => v[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
      x -= 1;
      y -= 1;
      steps.push({ kind: 'same', token: a[x] });
    }
    if (down) {
      y -= 1;
      steps.push({ kind: 'added', token: b[y] });
    } else {
      x -= 1;
      steps.push({ kind: 'removed', token: a[x] });
    }
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    steps.push({ kind: 'same', token: a[x] });
  }
  const runs: DiffRun<T>[] = [];
  for (let i = steps.length - 1; i >= 0; i -= 1) push(runs, steps[i].kind, [steps[i].token]);
  return runs;
}
