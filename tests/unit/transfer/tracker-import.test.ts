import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import type { Journal } from '../../../src-main/core/journal';
import type { TrackerImportInput } from '../../../src-main/core/common/model';
import { gradeFromStars, gradeFromTenPoint, STAR_RULE, TEN_POINT_RULE } from '../../../src-main/core/transfer/rating-rule';
import { importTrackerCsv, previewTrackerImport } from '../../../src-main/core/transfer/tracker-import';
import { openTempJournal, sampleDrama } from '../../support/temp-journal';
import { snapshot } from '../core/journal-snapshot';

let journal: Journal;
let cleanup = () => {};
beforeEach(() => {
  const temp = openTempJournal();
  journal = temp.journal;
  cleanup = temp.cleanup;
  journal.transaction(() => journal.settings.update({ reviewerName: 'Jill', reviewerLocation: 'USA' }));
});
afterEach(() => cleanup());

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** Refused with `message`, by preview and by import, and the journal is byte for byte as it was. */
function expectRefused(input: TrackerImportInput, message: string) {
  const before = snapshot(journal.db);
  expect(() => previewTrackerImport(journal, input)).toThrow(message);
  expect(() => importTrackerCsv(journal, input)).toThrow(message);
  expect(snapshot(journal.db)).toEqual(before);
}

describe('ratings to grades', () => {
  test('10-point scores in half-point steps, between steps rounding down', () => {
    const table = [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5, 4.5, 4, 1].map((s) => [s, gradeFromTenPoint(s)]);
    expect(table).toEqual([
      [10, 'A+'], [9.5, 'A'], [9, 'A-'], [8.5, 'B+'], [8, 'B'], [7.5, 'B-'], [7, 'C+'],
      [6.5, 'C'], [6, 'C-'], [5.5, 'D+'], [5, 'D'], [4.5, 'D-'], [4, 'F'], [1, 'F'],
    ]);
    expect(gradeFromTenPoint(8.7)).toBe('B+');
    expect(gradeFromTenPoint(9.99)).toBe('A');
  });

  test('stars count double, then the same table', () => {
    expect([5, 4.5, 4, 3.5, 3, 2.5, 2, 0.5].map(gradeFromStars)).toEqual(['A+', 'A-', 'B', 'C+', 'C-', 'D', 'F', 'F']);
    expect(STAR_RULE).toContain('4.5★ → A-');
    expect(TEN_POINT_RULE).toContain('8.5 → B+');
  });
});

describe('a Letterboxd diary', () => {
  const diary = csv(
    'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date',
    '2024-01-05,Soundtrack #2,2023,https://boxd.it/a,4.5,,"music, short",2024-01-04',
    '2024-02-10,Moving,2023,https://boxd.it/b,5,,,2024-02-09',
    '2024-03-01,Soundtrack #2,2023,https://boxd.it/a,3,Yes,,2024-03-01',
    '2024-03-05,"Crash Landing on You",2019,https://boxd.it/c,,Yes,,',
    '2024-03-06,,2020,,3,,,2024-03-06',
    '2024-03-07,No Year Drama,,,3,,,2024-03-07',
    '2024-03-08,Tears of War,2022,,★★★½,,,2024-03-08',
  );

  test('the preview shows what would be imported, what was skipped and why, and how ratings become grades', () => {
    journal.transaction(() => journal.dramas.create({ ...sampleDrama, title: 'moving', aired: { year: 2023, month: 8 } }));
    const before = snapshot(journal.db);
    const preview = previewTrackerImport(journal, { text: diary });
    expect(snapshot(journal.db)).toEqual(before);
    expect(preview.kind).toBe('letterboxd');
    expect(preview.ratingRule).toBe(STAR_RULE);
    expect(preview.skipped).toEqual([
      { line: 3, reason: '"Moving" (2023) is already in your journal' },
      { line: 6, reason: 'no Name: nothing to import' },
      { line: 7, reason: 'no Year for "No Year Drama": Dramalog needs the year it aired' },
    ]);
    expect(preview.rows.map((r) => [r.line, r.drama.title, r.grade, r.rating, r.mergedLines])).toEqual([
      [2, 'Soundtrack #2', 'C-', '3 stars', [4]],
      [5, 'Crash Landing on You', null, null, []],
      [8, 'Tears of War', 'C+', '★★★½ stars', []],
    ]);
  });

  test('viewings of the same drama become one drama: each viewing a diary entry, the latest its watch record, those after the first rewatches', () => {
    const [soundtrack, , cloy] = previewTrackerImport(journal, { text: diary }).rows;
    expect(soundtrack.drama).toEqual({
      title: 'Soundtrack #2',
      // What the diary does not say is left unknown, for the user to fill in: no stand-ins.
      nativeTitle: null,
      platforms: [],
      aired: { year: 2023, month: null },
      episodes: 1,
      genres: [],
      watch: { status: 'completed', episodesWatched: 1, startedOn: null, finishedOn: '2024-03-01', rewatches: 1 },
    });
    expect(soundtrack.viewings).toEqual([
      { finishedOn: '2024-01-04', rewatch: false },
      { finishedOn: '2024-03-01', rewatch: true },
    ]);
    expect(soundtrack.assumed).toEqual(['episode count: a diary does not say, set to 1']);
    // A first viewing marked Rewatch was watched before the diary began; with no Watched Date, Date is the day.
    expect(cloy.drama.watch).toMatchObject({ finishedOn: '2024-03-05', rewatches: 1 });
    expect(cloy.viewings).toEqual([{ finishedOn: '2024-03-05', rewatch: true }]);
  });

  test('importing saves each drama with a draft review holding the grade and a private note saying what to check', () => {
    const report = importTrackerCsv(journal, { text: diary });
    expect(report.imported.map((i) => [i.line, i.title])).toEqual([
      [2, 'Soundtrack #2'],
      [3, 'Moving'],
      [5, 'Crash Landing on You'],
      [8, 'Tears of War'],
    ]);
    const soundtrack = journal.dramas.get(report.imported[0].dramaId);
    expect(soundtrack.review).toMatchObject({ grade: 'C-', state: 'draft', reviewer: { name: 'Jill', location: 'USA' }, intro: [], story: [], closing: [] });
    expect(soundtrack.notes).toHaveLength(1);
    expect(soundtrack.notes[0].text).toBe(
      [
        'Imported from a Letterboxd diary, line 2, 4.',
        'To check (the file did not say): episode count: a diary does not say, set to 1.',
        'Rating in the file: 3 stars → grade C-.',
        'Letterboxd tags: music, short',
      ].join('\n'),
    );
    expect(journal.diary.entries(soundtrack.id).map((e) => [e.finishedOn, e.rewatch, e.status])).toEqual([
      ['2024-01-04', false, 'completed'],
      ['2024-03-01', true, 'completed'],
    ]);
    expect(journal.diary.list({ year: 2024 }).filter((e) => e.title === 'Crash Landing on You').map((e) => [e.finishedOn, e.rewatch])).toEqual([['2024-03-05', true]]);
    expect(journal.dramas.get(report.imported[1].dramaId).review).toMatchObject({ grade: 'A+' });
    expect(journal.dramas.get(report.imported[2].dramaId).review).toBeNull();
    // Importing the same file again skips everything: each drama is already in the journal.
    const again = importTrackerCsv(journal, { text: diary });
    expect(again.imported).toEqual([]);
    expect(again.skipped.map((s) => s.line)).toEqual([2, 3, 5, 6, 7, 8]);
  });

  test('bad files are refused with the line and the reason, and nothing is imported', () => {
    const header = 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date';
    const good = '2024-01-05,Moving,2023,,5,,,2024-01-04';
    expectRefused({ text: csv(header, good, '2024-01-06,Other,2023,,7,,,2024-01-06') }, 'line 3: Rating "7" must be from 0.5 to 5 stars');
    expectRefused({ text: csv(header, good, '2024-01-06,Other,2023,,four,,,2024-01-06') }, 'line 3: Rating "four" is not a number');
    expectRefused({ text: csv(header, good, '2024-01-06,Other,2023,,4,,,2024-02-30') }, 'line 3: Watched Date "2024-02-30" is not a date written YYYY-MM-DD');
    expectRefused({ text: csv(header, good, '2024-01-06,Other,23,,4,,,') }, 'line 3: Year "23" is not a year from 1900 to 2100');
    expectRefused({ text: csv(header, good, '2024-01-06,Other,2023,,4') }, 'line 3: expected 8 fields as in the header, found 5');
    expectRefused({ text: csv(header, good, `2024-01-06,${'x'.repeat(201)},2023,,4,,,`) }, 'line 3: English title must be at most 200 characters');
    expectRefused({ text: csv(header, good, '2024-01-06,"Other,2023,,4,,,') }, 'line 3: a quoted field starts here and never ends');
    expectRefused({ text: csv('Date,Name,Rating', '2024-01-05,Moving,5'), kind: 'letterboxd' }, 'line 1: a Letterboxd diary needs the column Year; this header has Date, Name, Rating');
    expect(journal.dramas.all()).toEqual([]);
  });
});

describe('a MyDramaList list export', () => {
  const list = csv(
    'Title,Country,Year,Status,Episodes Seen,Total Episodes,Score,Started,Finished,Genres,Network,Notes',
    'Moving,South Korea,2023,Completed,20,20,9.5,2023-08-09,2023-09-20,"Action, Fantasy",Disney+,"Loved it, ""truly"""',
    'Soundtrack #2,South Korea,Dec 2023,Watching,3,6,,2024-12-01,,,,',
    'Queen of Tears,South Korea,2024,Plan to Watch,0,16,0,,,,,',
    'moving,South Korea,2023,Completed,20,20,9,,,,,',
    'Pachinko,USA,2022,Dropped,2,8,6.7,,,,,',
    ',South Korea,2020,Completed,1,1,5,,,,,',
    'Some Old Show,,,Completed,10,10,8,,,,,',
    'Started Show,,,On-Hold,4/16,,8.5/10,2021-05-02,,,,',
  );

  test('rows, skipped rows with reasons, and the 10-point rule', () => {
    const preview = previewTrackerImport(journal, { text: list });
    expect(preview.kind).toBe('mydramalist');
    expect(preview.ratingRule).toBe(TEN_POINT_RULE);
    expect(preview.skipped).toEqual([
      { line: 5, reason: '"moving" (2023) is already on line 2' },
      { line: 7, reason: 'no Title: nothing to import' },
    ]);
    expect(preview.rows.map((r) => [r.line, r.drama.title, r.drama.watch?.status, r.drama.watch?.episodesWatched, r.drama.episodes, r.grade])).toEqual([
      [2, 'Moving', 'completed', 20, 20, 'A'],
      [3, 'Soundtrack #2', 'watching', 3, 6, null],
      [4, 'Queen of Tears', 'plan-to-watch', 0, 16, null],
      [6, 'Pachinko', 'dropped', 2, 8, 'C'],
      [8, 'Some Old Show', 'completed', 10, 10, 'B'],
      [9, 'Started Show', 'on-hold', 4, 16, 'B+'],
    ]);
  });

  test('what the file holds is used; what it lacks is left unknown, not guessed', () => {
    const [moving, soundtrack, , , , started] = previewTrackerImport(journal, { text: list }).rows;
    expect(moving.drama).toMatchObject({
      platforms: ['Disney+'],
      genres: ['Action', 'Fantasy'],
      nativeTitle: null,
      aired: { year: 2023, month: null },
      watch: { startedOn: '2023-08-09', finishedOn: '2023-09-20' },
    });
    expect(moving.assumed).toEqual([]);
    expect(moving.note).toContain('MyDramaList notes: Loved it, "truly"');
    expect(soundtrack.drama.aired).toEqual({ year: 2023, month: 12 });
    expect(started.drama.aired).toEqual({ year: null, month: null });
    expect(started.assumed).toEqual([]);
    expect(started.rating).toBe('8.5/10');
  });

  test('header names are matched without regard to case, spacing or underscores, and progress may be "seen/total"', () => {
    const text = csv('name,list_status,PROGRESS,my rating,release year', 'Moving,completed,20/20,10,2023', 'Tears of War,currently watching,5/16,,2022');
    const rows = previewTrackerImport(journal, { text }).rows;
    expect(rows.map((r) => [r.drama.title, r.drama.watch?.status, r.drama.watch?.episodesWatched, r.drama.episodes, r.grade])).toEqual([
      ['Moving', 'completed', 20, 20, 'A+'],
      ['Tears of War', 'watching', 5, 16, null],
    ]);
  });

  test('importing writes every row in one go', () => {
    const report = importTrackerCsv(journal, { text: list });
    expect(report.imported).toHaveLength(6);
    expect(journal.dramas.list().map((d) => d.title)).toEqual(['Moving', 'Pachinko', 'Queen of Tears', 'Some Old Show', 'Soundtrack #2', 'Started Show']);
    // Nothing made up: no "Unknown" platform or genre, no January, no Korean title copied from the English one.
    const moving = journal.dramas.get(report.imported[0]!.dramaId);
    expect(moving).toMatchObject({ nativeTitle: null, aired: { year: 2023, month: null } });
    expect(journal.dramas.distinctTokens('platforms')).toEqual(['Disney+']);
    expect(journal.dramas.distinctTokens('genres')).toEqual(['Action', 'Fantasy']);
    expect(journal.search.search({ text: 'pachinko' })).toHaveLength(1);
  });

  test('bad files are refused with the line and the reason, and nothing is imported', () => {
    const header = 'Title,Year,Status,Episodes Seen,Total Episodes,Score';
    const good = 'Moving,2023,Completed,20,20,9';
    expectRefused({ text: csv(header, good, 'Other,2023,Binged,1,2,9') }, 'line 3: Status "Binged" is not one of Completed, Watching, Plan to Watch, On-Hold, Dropped');
    expectRefused({ text: csv(header, good, 'Other,2023,Watching,17,16,') }, 'line 3: Episodes Seen 17 is more than the 16 episodes of "Other"');
    expectRefused({ text: csv(header, good, 'Other,2023,Watching,1,16,11') }, 'line 3: Score "11" must be a score from 0 to 10');
    expectRefused({ text: csv(header, good, 'Other,2023,Watching,1.5,16,') }, 'line 3: Episodes Seen "1.5" must be a whole number from 0 to 999');
    expectRefused({ text: csv('Title,Score', 'Moving,9'), kind: 'mydramalist' }, 'line 1: a MyDramaList list needs the column Status; this header has Title, Score');
    expectRefused({ text: csv('Film,Stars', 'Moving,9') }, 'line 1: this header is neither a Letterboxd diary');
    expectRefused({ text: '' }, 'the file is empty: expected a header line naming the columns');
    expect(journal.dramas.all()).toEqual([]);
  });
});

describe('the transfer channels', () => {
  test('preview and import through the dispatcher; bad input refused with a specific message', async () => {
    const dispatch = createDispatch(createHandlers(journal), () => {});
    const text = csv('Title,Year,Status,Episodes Seen,Total Episodes,Score', 'Moving,2023,Completed,20,20,9');
    expect(await dispatch('transfer.previewCsv', { text })).toMatchObject({ ok: true, value: { kind: 'mydramalist', rows: [{ line: 2 }] } });
    expect(journal.dramas.all()).toEqual([]);
    expect(await dispatch('transfer.importCsv', { text, kind: 'mydramalist' })).toMatchObject({ ok: true, value: { imported: [{ line: 2, title: 'Moving' }] } });
    for (const [input, message] of [
      [{}, 'text is required'],
      [{ text: 5 }, 'text must be the CSV file as text'],
      [{ text, kind: 'imdb' }, 'kind must be one of auto, letterboxd, mydramalist'],
      [{ text, dryRun: true }, 'unexpected field dryRun'],
      ['Title,Status', 'an import must be an object with the file text'],
    ] as const) {
      expect(await dispatch('transfer.previewCsv', input)).toMatchObject({ ok: false, error: { code: 'invalid-input', message } });
    }
    expect(await dispatch('transfer.importCsv', { text: 'Title,Status\n"x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'line 2: a quoted field starts here and never ends (a closing " is missing)', line: 2 },
    });
  });
});

describe('long files and long runs', () => {
  const diaryHeader = 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date';
  const viewings = (count: number) =>
    Array.from({ length: count }, (_, i) => `2024-01-01,Moving,2023,,4,,,2024-01-${String(1 + (i % 28)).padStart(2, '0')}`);

  test('a diary of 999 viewings of one title is one drama with 998 rewatches', () => {
    const preview = previewTrackerImport(journal, { text: csv(diaryHeader, ...viewings(999)) });
    expect(preview.rows).toHaveLength(1);
    expect(preview.rows[0]).toMatchObject({ line: 2, drama: { title: 'Moving', watch: { rewatches: 998, finishedOn: '2024-01-28' } } });
    expect(preview.rows[0].mergedLines).toEqual(Array.from({ length: 998 }, (_, i) => i + 3));
  });

  test('a diary of 40,000 viewings of one title is refused on its first line: more rewatches than a drama can hold', () => {
    expectRefused({ text: csv(diaryHeader, ...viewings(40_000)) }, 'line 2: rewatches must be a whole number from 0 to 999');
  });

  test('runs of 40,000 spaces in a list field and around a score out of ten', () => {
    const spaces = ' '.repeat(40_000);
    const text = csv('Title,Year,Status,Episodes Seen,Total Episodes,Score,Genres', `Moving,2023,Completed,20,20,9${spaces}/${spaces}10,Action${spaces}${spaces}/ Fantasy`);
    const [row] = previewTrackerImport(journal, { text }).rows;
    expect(row).toMatchObject({ grade: 'A-', rating: '9/10', drama: { genres: ['Action', 'Fantasy'] } });
    expect(() => previewTrackerImport(journal, { text: csv('Title,Year,Status,Score', `Moving,2023,Completed,9${spaces}x`) })).toThrow(/^line 2: Score "9 +x" is not a number$/);
  });
});
