import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { REFERENCE_PATH } from '../../fixtures/fixtures';
import { expectOneLine, workspace } from '../cli/harness';
import { listFiles, validateHtml } from './helpers/html';
import { readPage } from './helpers/site';

const fixture = (name: string) => resolve(__dirname, '../../fixtures', name);

test('dramalog export --out DIR writes the site; again, it writes nothing new', async () => {
  const w = workspace();
  await w.cli('import', REFERENCE_PATH, fixture('night-market.txt'));
  const run = await w.cli('export', '--out', 'site');
  expect(run).toMatchObject({ code: 0, stderr: '' });
  const site = join(w.dir, 'site');
  expect(run.stdout).toBe(`Exported 5 pages to ${site}: 7 files written, 0 unchanged\n`);
  expect(listFiles(site)).toContain('reviews/soundtrack-2.html');
  for (const page of listFiles(site).filter((f) => f.endsWith('.html'))) expect(await validateHtml(readPage(site, page), page)).toEqual([]);
  expect((await w.cli('export', '--out', 'site')).stdout).toBe(`Exported 5 pages to ${site}: 0 files written, 7 unchanged\n`);
});

test('--id exports one review; --json reports what was written', async () => {
  const w = workspace();
  await w.cli('import', REFERENCE_PATH, fixture('night-market.txt'));
  const run = await w.cli('export', '--out', 'one', '--id', '2', '--json');
  expect(JSON.parse(run.stdout)).toMatchObject({ pages: 4, written: 6, unchanged: 0 });
  expect(listFiles(join(w.dir, 'one')).filter((f) => f.startsWith('reviews/'))).toEqual(['reviews/night-market-detective.html']);
});

test('refusals: a folder holding other files, no --out, no journal', async () => {
  const w = workspace();
  const foreign = join(w.dir, 'documents');
  mkdirSync(foreign);
  writeFileSync(join(foreign, 'taxes.pdf'), 'x');
  const noJournal = await w.cli('export', '--out', 'documents');
  expect(noJournal.code).toBe(1);
  expect(expectOneLine(noJournal.stderr)).toBe(`There is no journal at ${w.db}. Check the path; a command that saves (such as add) starts a new journal there.`);
  await w.cli('import', REFERENCE_PATH);
  const refused = await w.cli('export', '--out', 'documents');
  expect(refused.code).toBe(1);
  expect(expectOneLine(refused.stderr)).toBe(`${foreign} is not empty and is not an earlier Dramalog export; choose an empty folder or a new one`);
  expect(readdirSync(foreign)).toEqual(['taxes.pdf']);
  const usage = await w.cli('export');
  expect(usage.code).toBe(2);
  expect(expectOneLine(usage.stderr)).toMatch(/^export needs --out DIR/);
});
