import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { importReview } from '../../../src-main/core/house-format/import';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import type { Journal } from '../../../src-main/core/journal';
import { readFixture, readReference } from '../../fixtures/fixtures';
import { openTempJournal, tempDir } from '../../support/temp-journal';
import { recordingHost } from './recording-host';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function journalWith(...texts: string[]): Journal {
  const t = openTempJournal();
  cleanups.push(t.cleanup);
  for (const text of texts) importReview(t.journal, text);
  return t.journal;
}

function folder(): string {
  const { dir, cleanup } = tempDir('dramalog-export-');
  cleanups.push(cleanup);
  return join(dir, 'site');
}

/** Reviews enough that the export reports progress several times (it yields every 256 pages). */
function addGeneratedReviews(journal: Journal, count: number): void {
  journal.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const drama = journal.dramas.create({
        title: `Generated ${i}`,
        nativeTitle: `생성 ${i}`,
        platforms: ['tvN'],
        aired: { year: 2020, month: 1 + (i % 12) },
        episodes: 16,
        genres: ['Romance'],
        watch: { status: 'completed' },
      });
      journal.reviews.save({ dramaId: drama.id, grade: 'B', reviewer: { name: 'Jill', location: 'USA' }, intro: ['Short.'], story: ['Plot.'], closing: [], state: 'final' });
    }
  });
}

test('exports the site into the folder the user chose, reporting progress as the site-export task', async () => {
  const journal = journalWith(readReference(), readFixture('winter-letters.txt'));
  const site = folder();
  const { host, asked, progress } = recordingHost({ folder: site });
  const dispatch = createDispatch(createHandlers(journal, host));
  const answer = await dispatch('site.export', {});
  expect(answer).toEqual({ ok: true, value: { outDir: site, pages: 5, written: 7, unchanged: 0, notes: [] } });
  expect(asked).toEqual([{ title: 'Export the site', buttonLabel: 'Export Here' }]);
  expect(readFileSync(join(site, 'reviews', 'soundtrack-2.html'), 'utf8')).toContain('사운드트랙 #2');
  expect(progress.length).toBeGreaterThan(1);
  expect(new Set(progress.map((p) => p.task))).toEqual(new Set(['site-export']));
  expect(progress.at(-1)).toEqual({ task: 'site-export', done: 7, total: 7 });

  // Again: nothing changed, so nothing is written.
  const { host: again } = recordingHost({ folder: site });
  expect(await createDispatch(createHandlers(journal, again))('site.export', {})).toEqual({
    ok: true,
    value: { outDir: site, pages: 5, written: 0, unchanged: 7, notes: [] },
  });
});

test('Export This Review… names the drama in the dialog and exports only its page', async () => {
  const journal = journalWith(readReference(), readFixture('winter-letters.txt'));
  const site = folder();
  const { host, asked } = recordingHost({ folder: site });
  const answer = await createDispatch(createHandlers(journal, host))('site.export', { dramaId: 1 });
  expect(answer).toMatchObject({ ok: true, value: { outDir: site } });
  expect(asked).toEqual([{ title: 'Export the review of Soundtrack #2', buttonLabel: 'Export Here' }]);
  expect(readdirSync(join(site, 'reviews'))).toEqual(['soundtrack-2.html']);
});

test('a dismissed folder dialog is "cancelled" and writes nothing; a missing drama is refused before asking', async () => {
  const journal = journalWith(readReference());
  const { host, asked } = recordingHost({ folder: null });
  const dispatch = createDispatch(createHandlers(journal, host));
  expect(await dispatch('site.export', {})).toEqual({
    ok: false,
    error: { code: 'cancelled', message: 'no folder was chosen; nothing was exported' },
  });
  expect(await dispatch('site.export', { dramaId: 99 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  expect(asked).toHaveLength(1);
});

test('tasks.cancel stops a running export, leaves no folder behind, and the next export runs', async () => {
  const journal = journalWith(readReference());
  addGeneratedReviews(journal, 700);
  const site = folder();
  const { host, progress, onProgress } = recordingHost({ folder: site });
  const dispatch = createDispatch(createHandlers(journal, host));
  expect(await dispatch('tasks.cancel', { task: 'site-export' })).toEqual({ ok: true, value: { cancelled: false } });

  const cancels: unknown[] = [];
  onProgress(({ done }) => {
    if (done > 0 && cancels.length === 0) cancels.push(dispatch('tasks.cancel', { task: 'site-export' }));
  });
  const answer = await dispatch('site.export', {});
  expect(answer).toEqual({ ok: false, error: { code: 'cancelled', message: 'the export was cancelled; the folder was left as it was' } });
  expect(await cancels[0]).toEqual({ ok: true, value: { cancelled: true } });
  expect(existsSync(site)).toBe(false);
  expect(progress.at(-1), 'the progress bar is cleared').toEqual({ task: 'site-export', done: 0, total: 0, message: 'stopped' });
  expect(readdirSync(join(site, '..')), 'no staging folder left').toEqual([]);

  const { host: again } = recordingHost({ folder: site });
  expect(await createDispatch(createHandlers(journal, again))('site.export', {})).toMatchObject({ ok: true, value: { pages: 704 } });
});

test('a second export while one runs is refused, not raced', async () => {
  const journal = journalWith(readReference());
  addGeneratedReviews(journal, 300);
  const { host } = recordingHost({ folder: folder() });
  const dispatch = createDispatch(createHandlers(journal, host));
  const first = dispatch('site.export', {});
  const second = await dispatch('site.export', {});
  expect(second).toEqual({ ok: false, error: { code: 'conflict', message: 'an export is already running; wait for it or cancel it first' } });
  expect(await first).toMatchObject({ ok: true });
});
