import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { importReview } from '../../../src-main/core/house-format/import';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import { openJournal } from '../../../src-main/core/journal';
import { buildDump } from '../../../src-main/core/transfer/dump';
import { readFixture, readReference } from '../../fixtures/fixtures';
import { openTempJournal, tempDir } from '../../support/temp-journal';
import { recordingHost } from './recording-host';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function setup(answers: Parameters<typeof recordingHost>[0] = {}) {
  const t = openTempJournal();
  cleanups.push(t.cleanup);
  importReview(t.journal, readReference());
  const { dir, cleanup } = tempDir('dramalog-publish-');
  cleanups.push(cleanup);
  const site = join(dir, 'site');
  const recorded = recordingHost({ folder: site, ...answers });
  const dispatch = createDispatch(createHandlers(t.journal, recorded.host), (error) => {
    throw error;
  });
  return { ...t, dir, site, dispatch, ...recorded };
}

test('the first export asks for the folder and remembers it; Update Site then asks nothing and writes only what changed', async () => {
  const { journal, site, dispatch, asked } = setup();
  expect(await dispatch('site.place', undefined)).toEqual({ ok: true, value: null });
  expect(await dispatch('site.export', { includeDrafts: true })).toMatchObject({ ok: true, value: { outDir: site } });
  expect(asked).toHaveLength(1);
  expect(await dispatch('site.place', undefined)).toEqual({ ok: true, value: { folder: site, includeDrafts: true } });

  importReview(journal, readFixture('winter-letters.txt'));
  const updated = await dispatch('site.update', undefined);
  expect(updated).toMatchObject({ ok: true, value: { outDir: site, pages: 5 } });
  expect(asked, 'no second question').toHaveLength(1);
  expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('Winter Letters');
  const again = await dispatch('site.update', undefined);
  expect(again).toMatchObject({ ok: true, value: { written: 0 } });
});

test('the remembered folder survives closing the journal, and stays out of the settings and the dump', async () => {
  const { journal, path, site, dispatch } = setup();
  await dispatch('site.export', {});
  journal.close();
  const reopened = openJournal(path);
  try {
    expect(reopened.settings.sitePlace()).toEqual({ folder: site, includeDrafts: false });
    expect(JSON.stringify(reopened.settings.get())).not.toContain(site);
    expect(JSON.stringify(buildDump(reopened).dump)).not.toContain(site);
  } finally {
    reopened.close();
  }
});

test('Update Site before any export is refused on the site folder field, and asks nothing', async () => {
  const { dispatch, asked } = setup();
  expect(await dispatch('site.update', undefined)).toEqual({
    ok: false,
    error: { code: 'not-found', message: 'your site has no folder yet; choose one', field: 'siteFolder' },
  });
  expect(asked).toEqual([]);
});

test('a remembered folder that was moved away, or that no longer holds the site Dramalog wrote, is refused and left alone', async () => {
  const { site, dir, dispatch } = setup();
  await dispatch('site.export', {});
  renameSync(site, join(dir, 'moved'));
  expect(await dispatch('site.update', undefined)).toMatchObject({
    ok: false,
    error: { code: 'not-found', field: 'siteFolder', message: `your site's folder ${site} is not there any more (moved, renamed or deleted?); choose the folder for your site again` },
  });

  // The folder now holds someone else's files: refused, and nothing in it is touched.
  mkdirSync(site);
  writeFileSync(join(site, 'notes.txt'), 'mine');
  expect(await dispatch('site.update', undefined)).toMatchObject({
    ok: false,
    error: { code: 'conflict', field: 'siteFolder', message: `${site} no longer holds the site Dramalog wrote there; choose the folder for your site again` },
  });
  expect(await dispatch('site.open', undefined)).toMatchObject({ ok: false, error: { field: 'siteFolder' } });
  expect(readFileSync(join(site, 'notes.txt'), 'utf8')).toBe('mine');
  rmSync(join(site, 'notes.txt'));
});

test('Change folder: exporting the site elsewhere moves the remembered folder; exporting one review never does', async () => {
  const { journal, dir, site, dispatch, host } = setup();
  await dispatch('site.export', {});
  const dramaId = journal.dramas.list({})[0]!.id;
  const other = join(dir, 'other');
  const one = createDispatch(createHandlers(journal, recordingHost({ folder: join(dir, 'one') }).host));
  expect(await one('site.export', { dramaId })).toMatchObject({ ok: true });
  expect(journal.settings.sitePlace()?.folder, 'one review is a page of its own, not the site').toBe(site);
  // One review into the site's own folder is refused: it would replace the site.
  expect(await dispatch('site.export', { dramaId })).toMatchObject({ ok: false, error: { code: 'conflict' } });

  const elsewhere = createDispatch(createHandlers(journal, { ...host, chooseFolder: async () => other }));
  await elsewhere('site.export', {});
  expect(journal.settings.sitePlace()).toEqual({ folder: other, includeDrafts: false });
});

test('a folder the host does not keep (a browser download) is not remembered', async () => {
  const { journal, dispatch } = setup({ keepsFolder: false });
  expect(await dispatch('site.export', {})).toMatchObject({ ok: true });
  expect(journal.settings.sitePlace()).toBeNull();
});

test('Open Site and Show Folder ask the host about the remembered folder', async () => {
  const { site, dispatch, shown } = setup();
  expect(await dispatch('site.open', undefined)).toMatchObject({ ok: false, error: { code: 'not-found', field: 'siteFolder' } });
  expect(shown).toEqual([]);
  await dispatch('site.export', {});
  expect(await dispatch('site.open', undefined)).toEqual({ ok: true, value: { url: null } });
  expect(await dispatch('site.showFolder', undefined)).toEqual({ ok: true, value: { shown: true, folder: site } });
  expect(shown).toEqual([`open-site ${site}`, `show-folder ${site}`]);
});

test('a journal that cannot be written still exports; it only cannot remember where', async () => {
  const { journal, path, host } = setup();
  journal.close();
  const readOnly = openJournal(path, { canWrite: () => false });
  try {
    const dispatch = createDispatch(createHandlers(readOnly, host));
    expect(await dispatch('site.export', {})).toMatchObject({ ok: true });
    expect(readOnly.settings.sitePlace()).toBeNull();
  } finally {
    readOnly.close();
  }
});
