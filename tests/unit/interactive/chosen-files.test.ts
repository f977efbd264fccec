import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { importReview } from '../../../src-main/core/house-format/import';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import { suggestedDumpName } from '../../../src-main/core/interactive/dump-to-chosen-file';
import { readReference } from '../../fixtures/fixtures';
import { openTempJournal, tempDir } from '../../support/temp-journal';
import { snapshot } from '../core/journal-snapshot';
import { recordingHost } from './recording-host';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function setup(answers: Parameters<typeof recordingHost>[0]) {
  const t = openTempJournal();
  cleanups.push(t.cleanup);
  const recording = recordingHost(answers);
  return { journal: t.journal, dispatch: createDispatch(createHandlers(t.journal, recording.host)), ...recording };
}

function files(): string {
  const { dir, cleanup } = tempDir('dramalog-chosen-');
  cleanups.push(cleanup);
  return dir;
}

test('import.chooseFiles asks for .txt reviews, several at once, and answers names and texts, never paths', async () => {
  const dir = files();
  const first = join(dir, 'soundtrack-2.txt');
  const second = join(dir, 'notes.txt');
  writeFileSync(first, readReference());
  writeFileSync(second, '\uFEFFHello, 세상 “quoted” & <b>\n');
  const { dispatch, asked, journal } = setup({ files: [first, second] });
  const before = snapshot(journal.db);
  const answer = await dispatch('import.chooseFiles', undefined);
  expect(answer).toEqual({
    ok: true,
    value: { files: [{ name: 'soundtrack-2.txt', text: readReference() }, { name: 'notes.txt', text: 'Hello, 세상 “quoted” & <b>\n' }] },
  });
  expect(JSON.stringify(answer)).not.toContain(dir);
  expect(asked).toEqual([{ title: 'Import reviews in the house format', filters: [{ name: 'Plain-text reviews', extensions: ['txt'] }], multiple: true }]);
  expect(snapshot(journal.db), 'choosing saves nothing').toEqual(before);
});

test('import.chooseFiles: a dismissed dialog is "cancelled"; a file that is not UTF-8 text is refused by name', async () => {
  expect(await setup({ files: [] }).dispatch('import.chooseFiles', {})).toEqual({
    ok: false,
    error: { code: 'cancelled', message: 'no file was chosen; nothing was imported' },
  });
  const dir = files();
  const latin1 = join(dir, 'old.txt');
  writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  const binary = join(dir, 'picture.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  expect(await setup({ files: [latin1] }).dispatch('import.chooseFiles', {})).toMatchObject({
    ok: false,
    error: { code: 'invalid-input', message: 'old.txt is not a UTF-8 text file' },
  });
  expect(await setup({ files: [binary] }).dispatch('import.chooseFiles', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(await setup({ files: [join(dir, 'gone.txt')] }).dispatch('import.chooseFiles', {})).toMatchObject({
    ok: false,
    error: { code: 'invalid-input', message: 'gone.txt cannot be read: ENOENT' },
  });
});

test('import.chooseFiles refuses a file too large to preview, naming it', async () => {
  const dir = files();
  const big = join(dir, 'huge.txt');
  writeFileSync(big, 'x'.repeat(2_000_001));
  expect(await setup({ files: [big] }).dispatch('import.chooseFiles', {})).toMatchObject({
    ok: false,
    error: { code: 'invalid-input', message: 'huge.txt is too large: at most 2,000,000 characters' },
  });
});

test('import.chooseFiles refuses more than 100 reviews at once, before reading any', async () => {
  const paths = Array.from({ length: 101 }, (_, i) => join('/nowhere', `review-${i}.txt`));
  expect(await setup({ files: paths }).dispatch('import.chooseFiles', {})).toMatchObject({
    ok: false,
    error: { code: 'invalid-input', message: 'choose at most 100 reviews at a time (101 were chosen)' },
  });
});

test('transfer.chooseCsv asks for one CSV and answers its name and text', async () => {
  const dir = files();
  const csv = join(dir, 'diary.csv');
  writeFileSync(csv, 'Date,Name,Year,Rating\n2024-01-02,Soundtrack #2,2023,4\n');
  const { dispatch, asked } = setup({ files: [csv] });
  expect(await dispatch('transfer.chooseCsv', undefined)).toEqual({
    ok: true,
    value: { name: 'diary.csv', text: 'Date,Name,Year,Rating\n2024-01-02,Soundtrack #2,2023,4\n' },
  });
  expect(asked).toEqual([{ title: 'Import from Letterboxd or MyDramaList', filters: [{ name: 'CSV files', extensions: ['csv'] }] }]);
  expect(await setup({}).dispatch('transfer.chooseCsv', undefined)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
});

test('journal.dump writes the journal where the user chose; a dismissed dialog writes nothing', async () => {
  const dir = files();
  const target = join(dir, 'backup.json');
  const { journal, dispatch, asked } = setup({ saveFile: target });
  importReview(journal, readReference());
  expect(await dispatch('journal.dump', undefined)).toEqual({ ok: true, value: { file: target, dramas: 1, pictures: 0 } });
  const dumped = JSON.parse(readFileSync(target, 'utf8'));
  expect(dumped).toMatchObject({ format: 'dramalog-journal', dramas: [{ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2' }] });
  expect(asked).toEqual([
    { title: 'Export the journal as JSON', defaultName: expect.stringMatching(/^dramalog-journal-\d{4}-\d{2}-\d{2}\.json$/), filters: [{ name: 'Dramalog journal (JSON)', extensions: ['json'] }] },
  ]);

  const cancelled = setup({ saveFile: null });
  expect(await cancelled.dispatch('journal.dump', {})).toEqual({ ok: false, error: { code: 'cancelled', message: 'no file was chosen; nothing was exported' } });
  expect(existsSync(join(dir, 'journal.json'))).toBe(false);
});

test('the suggested dump name carries the local day', () => {
  expect(suggestedDumpName(new Date(2024, 2, 9, 23, 59))).toBe('dramalog-journal-2024-03-09.json');
});
