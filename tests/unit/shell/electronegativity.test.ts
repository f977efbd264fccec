import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { judgeFindings, type AllowedFinding } from '../../../scripts/electronegativity.mjs';

const root = resolve(import.meta.dirname, '../../..');
const allowed: AllowedFinding[] = [
  { check: 'PRELOAD_JS_CHECK', file: 'shell/window.ts', count: 1, reason: 'reviewed' },
  { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'shell/main.ts', count: 1, reason: 'checked first' },
];

test('listed findings pass; a new check, a listed check in another file, or one more than listed fails', () => {
  const preload = { check: 'PRELOAD_JS_CHECK', file: 'shell/window.ts' };
  expect(judgeFindings([preload], allowed)).toEqual({ unexpected: [], gone: [allowed[1]] });

  const nodeIntegration = { check: 'NODE_INTEGRATION_JS_CHECK', file: 'shell/window.ts' };
  const elsewhere = { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'shell/backup.ts' };
  expect(judgeFindings([preload, nodeIntegration, elsewhere], allowed).unexpected).toEqual([nodeIntegration, elsewhere]);

  const twice = [{ ...allowed[1] }, { ...allowed[1] }].map(({ check, file }) => ({ check, file }));
  expect(judgeFindings(twice, allowed).unexpected).toHaveLength(2);
});

test('every allowed finding says why it does not apply', () => {
  const list = JSON.parse(readFileSync(join(root, 'electronegativity-allowed.json'), 'utf8')).allowed as AllowedFinding[];
  expect(list.length).toBeGreaterThan(0);
  for (const entry of list) {
    expect(entry.reason.length, `${entry.check} ${entry.file}`).toBeGreaterThan(40);
    expect(Number.isInteger(entry.count) && entry.count > 0).toBe(true);
  }
});
