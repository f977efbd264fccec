import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import { dump } from '../../../src-main/core/transfer/dump';
import { openTempJournal, tempDir } from '../../support/temp-journal';
import { snapshot } from '../core/journal-snapshot';
import { recordingHost } from '../interactive/recording-host';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function journalAnswering(answers: Parameters<typeof recordingHost>[0]) {
  const t = openTempJournal();
  cleanups.push(t.cleanup);
  const recording = recordingHost(answers);
  return { journal: t.journal, dispatch: createDispatch(createHandlers(t.journal, recording.host)), asked: recording.asked };
}

/** A dump of a small journal: two dramas, one watched with a note. */
function smallDump(): { file: string; noteId: number } {
  const source = journalAnswering({});
  const moving = source.journal.dramas.create({ title: 'Moving', nativeTitle: '무빙', platforms: ['Disney+'], aired: { year: 2023, month: 8 }, episodes: 20, genres: ['Action'] });
  source.journal.dramas.create({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2', platforms: ['Disney+'], aired: { year: 2023, month: 12 }, episodes: 6, genres: ['Romance'] });
  const note = source.journal.notes.add({ dramaId: moving.id, episode: 3, text: 'The school bus.' });
  const { dir, cleanup } = tempDir('dramalog-load-channel-');
  cleanups.push(cleanup);
  const file = join(dir, 'journal.json');
  dump(source.journal, file);
  return { file, noteId: note.id };
}

test('journal.load asks for one JSON dump and restores it into an empty journal', async () => {
  const { file, noteId } = smallDump();
  const { dispatch, journal, asked } = journalAnswering({ files: [file] });
  expect(await dispatch('journal.load', undefined)).toEqual({ ok: true, value: { dramas: 2 } });
  expect(asked).toEqual([expect.objectContaining({ filters: [expect.objectContaining({ extensions: ['json'] })] })]);
  expect(asked[0]).not.toHaveProperty('multiple', true);
  expect(journal.dramas.list({}).map((d) => d.title)).toEqual(['Moving', 'Soundtrack #2']);
  expect(journal.notes.get(noteId)).toMatchObject({ episode: 3, text: 'The school bus.' });
});

test('journal.load refuses a journal that already holds dramas, and changes nothing', async () => {
  const { file } = smallDump();
  const { dispatch, journal } = journalAnswering({ files: [file] });
  journal.dramas.create({ title: 'Crash Landing on You', nativeTitle: '사랑의 불시착', platforms: ['Netflix'], aired: { year: 2019, month: 12 }, episodes: 16, genres: ['Romance'] });
  const before = snapshot(journal.db);
  expect(await dispatch('journal.load', undefined)).toEqual({
    ok: false,
    error: expect.objectContaining({ code: 'conflict', message: expect.stringContaining('already holds 1 drama') }),
  });
  const refused = (await dispatch('journal.load', undefined)) as { error: { message: string } };
  expect(refused.error.message).toContain('already holds 1 drama');
  expect(refused.error.message, 'no command-line advice in the app').not.toContain('--db');
  expect(snapshot(journal.db)).toEqual(before);
});

test('loading a dump in the app keeps first run done, even when the dump says it was not', async () => {
  const { file } = smallDump(); // its journal never finished first run
  const { dispatch, journal } = journalAnswering({ files: [file] });
  journal.settings.update({ onboarded: true });
  expect(await dispatch('journal.load', undefined)).toMatchObject({ ok: true });
  expect(journal.settings.get().onboarded).toBe(true);
});

test('journal.load with the dialog dismissed is cancelled and loads nothing', async () => {
  const { dispatch, journal } = journalAnswering({});
  const before = snapshot(journal.db);
  expect(await dispatch('journal.load', undefined)).toEqual({ ok: false, error: { code: 'cancelled', message: 'no file was chosen; nothing was loaded' } });
  expect(snapshot(journal.db)).toEqual(before);
});
