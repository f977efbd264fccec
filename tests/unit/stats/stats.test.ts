import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import type { Journal } from '../../../src-main/core/journal';
import type { CastRole, DramaCreateInput, Grade } from '../../../src-main/core/common/model';
import { averageGrade, GRADE_POINTS, nearestGrade } from '../../../src-main/core/common/grade-points';
import { journalStats } from '../../../src-main/core/stats/journal-stats';
import { openTempJournal } from '../../support/temp-journal';

let journal: Journal;
let cleanup = () => {};
afterEach(() => cleanup());

interface Fixture extends Partial<DramaCreateInput> {
  title: string;
  grade?: Grade;
  cast?: [string, CastRole][];
}

function build(dramas: Fixture[]) {
  journal.transaction(() => {
    for (const { grade, cast = [], ...fields } of dramas) {
      const drama = journal.dramas.create({
        nativeTitle: '드라마',
        platforms: ['Netflix'],
        aired: { year: 2023, month: 1 },
        episodes: 16,
        genres: ['Romance'],
        ...fields,
      });
      if (grade) {
        journal.reviews.save({ dramaId: drama.id, grade, reviewer: { name: 'J', location: '' }, intro: [], story: [], closing: [], state: 'draft' });
      }
      for (const [actor, role] of cast) journal.cast.add({ dramaId: drama.id, actor, role });
    }
  });
}

/** A journal whose every figure is worked out by hand in the tests below. */
beforeEach(() => {
  const temp = openTempJournal();
  journal = temp.journal;
  cleanup = temp.cleanup;
  build([
    {
      title: 'Alpha',
      episodes: 16,
      genres: ['Romance', 'Comedy'],
      platforms: ['Netflix'],
      watch: { status: 'completed', finishedOn: '2024-03-10', rewatches: 1 },
      grade: 'A',
      cast: [['Kim Soo Hyun', 'lead'], ['Lee Sung Min', 'support']],
    },
    {
      title: 'Bravo',
      episodes: 12,
      episodeMinutes: 45,
      genres: ['Thriller'],
      platforms: ['tvN', 'Netflix'],
      watch: { status: 'completed', finishedOn: '2024-03-25' },
      grade: 'B-',
      cast: [['Kim Soo Hyun', 'lead']],
    },
    {
      title: 'Charlie',
      episodes: 6,
      episodeMinutes: 30,
      genres: ['romance'],
      platforms: ['Disney+'],
      watch: { status: 'completed', finishedOn: '2023-11-02' },
      grade: 'C',
      cast: [['Lee Sung Min', 'lead']],
    },
    {
      title: 'Delta',
      episodes: 10,
      genres: ['Comedy'],
      platforms: ['Netflix'],
      watch: { status: 'watching', episodesWatched: 5 },
      cast: [['Park Eun Bin', 'lead']],
    },
    { title: 'Echo', genres: ['Romance'], platforms: ['KBS2'], cast: [['kim soo hyun', 'lead']] },
    { title: 'Foxtrot', episodes: 8, genres: ['Thriller'], platforms: ['tvN'], watch: { status: 'completed' }, grade: 'A+' },
  ]);
});

describe('the whole journal', () => {
  test('totals: episodes count rewatches, hours use each drama’s episode length', () => {
    expect(journalStats(journal.db).totals).toEqual({
      dramas: 6,
      finished: 4,
      // Alpha 16 + 16 again, Bravo 12, Charlie 6, Delta 5, Foxtrot 8
      episodesWatched: 63,
      // 32×60 + 12×45 + 6×30 + 5×60 + 8×60
      minutesWatched: 3420,
      hoursWatched: 57,
      graded: 4,
      // (4.0 + 2.7 + 2.0 + 4.3) / 4 = 3.25, nearest B+ (3.3)
      averageGrade: { value: 3.25, grade: 'B+', count: 4 },
    });
  });

  test('finished per year and per month, with the months between filled with zeros; a completed drama without a date is counted apart', () => {
    const stats = journalStats(journal.db);
    expect(stats.year).toBeNull();
    expect(stats.finishedPerYear).toEqual([
      { year: 2023, count: 1 },
      { year: 2024, count: 2 },
    ]);
    expect(stats.finishedPerMonth).toEqual([
      { year: 2023, month: 11, count: 1 },
      { year: 2023, month: 12, count: 0 },
      { year: 2024, month: 1, count: 0 },
      { year: 2024, month: 2, count: 0 },
      { year: 2024, month: 3, count: 2 },
    ]);
    expect(stats.finishedUndated).toBe(1);
  });

  test('grade distribution covers every grade, best first', () => {
    const { gradeDistribution } = journalStats(journal.db);
    expect(gradeDistribution.map((g) => g.grade)).toEqual(['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F']);
    expect(gradeDistribution.filter((g) => g.count)).toEqual([
      { grade: 'A+', count: 1 },
      { grade: 'A', count: 1 },
      { grade: 'B-', count: 1 },
      { grade: 'C', count: 1 },
    ]);
  });

  test('average grade by genre (letter case ignored) and by platform, most dramas first', () => {
    const stats = journalStats(journal.db);
    expect(stats.averageByGenre).toEqual([
      { name: 'Romance', dramas: 3, average: { value: 3, grade: 'B', count: 2 } },
      { name: 'Comedy', dramas: 2, average: { value: 4, grade: 'A', count: 1 } },
      // (2.7 + 4.3) / 2 = 3.5: halfway between B+ and A-, so the higher one
      { name: 'Thriller', dramas: 2, average: { value: 3.5, grade: 'A-', count: 2 } },
    ]);
    expect(stats.averageByPlatform).toEqual([
      { name: 'Netflix', dramas: 3, average: { value: 3.35, grade: 'B+', count: 2 } },
      { name: 'tvN', dramas: 2, average: { value: 3.5, grade: 'A-', count: 2 } },
      { name: 'Disney+', dramas: 1, average: { value: 2, grade: 'C', count: 1 } },
      { name: 'KBS2', dramas: 1, average: null },
    ]);
  });

  test('most-watched actors count dramas actually watched (not the planned one), any letter case', () => {
    expect(journalStats(journal.db).topActors).toEqual([
      { name: 'Kim Soo Hyun', dramas: 2, leadRoles: 2, episodesWatched: 44 },
      { name: 'Lee Sung Min', dramas: 2, leadRoles: 1, episodesWatched: 38 },
      { name: 'Park Eun Bin', dramas: 1, leadRoles: 1, episodesWatched: 5 },
    ]);
  });
});

describe('one year in review', () => {
  test('only the dramas finished that year count, and all twelve months are listed', () => {
    const stats = journalStats(journal.db, { year: 2024 });
    expect(stats.year).toBe(2024);
    expect(stats.totals).toEqual({
      dramas: 2,
      finished: 2,
      episodesWatched: 44,
      minutesWatched: 2460,
      hoursWatched: 41,
      graded: 2,
      averageGrade: { value: 3.35, grade: 'B+', count: 2 },
    });
    expect(stats.finishedPerYear).toEqual([{ year: 2024, count: 2 }]);
    expect(stats.finishedPerMonth.map((m) => m.count)).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(stats.finishedPerMonth.every((m) => m.year === 2024)).toBe(true);
    expect(stats.finishedUndated).toBe(0);
    expect(stats.averageByGenre.map((g) => [g.name, g.average?.grade])).toEqual([
      ['Comedy', 'A'],
      ['Romance', 'A'],
      ['Thriller', 'B-'],
    ]);
    expect(stats.topActors).toEqual([
      { name: 'Kim Soo Hyun', dramas: 2, leadRoles: 2, episodesWatched: 44 },
      { name: 'Lee Sung Min', dramas: 1, leadRoles: 0, episodesWatched: 32 },
    ]);
  });

  test('a year with nothing finished is all zeros, not an error', () => {
    const stats = journalStats(journal.db, { year: 2019 });
    expect(stats.totals).toEqual({ dramas: 0, finished: 0, episodesWatched: 0, minutesWatched: 0, hoursWatched: 0, graded: 0, averageGrade: null });
    expect(stats.finishedPerMonth).toHaveLength(12);
    expect(stats.averageByGenre).toEqual([]);
    expect(stats.topActors).toEqual([]);
  });
});

describe('grades as numbers', () => {
  test('the scale runs A+ 4.3 down to F 0 in the usual steps', () => {
    expect(Object.values(GRADE_POINTS)).toEqual([4.3, 4.0, 3.7, 3.3, 3.0, 2.7, 2.3, 2.0, 1.7, 1.3, 1.0, 0.7, 0]);
  });

  test('an average shows as the nearest grade', () => {
    expect(nearestGrade(4.3)).toBe('A+');
    expect(nearestGrade(3.84)).toBe('A-');
    expect(nearestGrade(3.86)).toBe('A');
    expect(nearestGrade(0.34)).toBe('F');
    expect(nearestGrade(0.36)).toBe('D-');
    expect(averageGrade(['A', 'B', 'C'])).toEqual({ value: 3, grade: 'B', count: 3 });
    expect(averageGrade([])).toBeNull();
  });
});

describe('the stats.get channel', () => {
  test('answers the figures, and refuses a bad year', async () => {
    const dispatch = createDispatch(createHandlers(journal), () => {});
    expect(await dispatch('stats.get', { year: 2024 })).toMatchObject({ ok: true, value: { year: 2024, totals: { finished: 2 } } });
    expect(await dispatch('stats.get', {})).toMatchObject({ ok: true, value: { year: null, totals: { dramas: 6 } } });
    for (const [input, message] of [
      [{ year: '2024' }, 'year must be a whole number from 1900 to 2100'],
      [{ year: 1800 }, 'year must be a whole number from 1900 to 2100'],
      [{ month: 3 }, 'unexpected field month'],
      [2024, 'a statistics query must be an object'],
    ] as const) {
      expect(await dispatch('stats.get', input)).toMatchObject({ ok: false, error: { code: 'invalid-input', message } });
    }
  });

  test('episode length is part of the drama: set on create, changed on update, refused out of range', async () => {
    const dispatch = createDispatch(createHandlers(journal), () => {});
    const created = await dispatch('dramas.create', { title: 'Short', nativeTitle: '짧은', platforms: ['KBS2'], aired: { year: 2024, month: 1 }, episodes: 8, genres: ['Drama'], episodeMinutes: 25 });
    expect(created).toMatchObject({ ok: true, value: { episodeMinutes: 25 } });
    const id = (created as { value: { id: number } }).value.id;
    expect(await dispatch('dramas.update', { id, episodeMinutes: 70 })).toMatchObject({ ok: true, value: { episodeMinutes: 70 } });
    expect(await dispatch('dramas.update', { id, episodeMinutes: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'minutes per episode must be a whole number from 1 to 600' },
    });
    expect(journal.dramas.get(1).episodeMinutes).toBe(60);
  });
});

describe('the diary in the figures', () => {
  test('a rewatch finished in 2025 counts in 2025, and the first watch still in 2024', () => {
    journal.diary.logWatch({ dramaId: 2, rewatch: true, finishedOn: '2025-02-14' });
    const all = journalStats(journal.db);
    expect(all.finishedPerYear).toEqual([
      { year: 2023, count: 1 },
      { year: 2024, count: 2 },
      { year: 2025, count: 1 },
    ]);
    expect(all.totals.finished).toBe(4);
    const year = journalStats(journal.db, { year: 2025 });
    expect(year.totals.dramas).toBe(1);
    expect(year.finishedPerMonth.filter((m) => m.count)).toEqual([{ year: 2025, month: 2, count: 1 }]);
    expect(year.averageByGenre.map((g) => g.name)).toEqual(['Thriller']);
    expect(journalStats(journal.db, { year: 2024 }).finishedPerMonth.filter((m) => m.count)).toEqual([{ year: 2024, month: 3, count: 2 }]);
  });
});

describe('episodes watched per month', () => {
  test('come from each dated watch where there is no episode log, and from the episode log where there is one', () => {
    const months = (stats: ReturnType<typeof journalStats>) => stats.episodesPerMonth.filter((m) => m.count).map((m) => [`${m.year}-${m.month}`, m.count]);
    // Charlie 6 in November 2023; Alpha 16 and Bravo 12 in March 2024 (Alpha's undated rewatch falls in no month).
    expect(months(journalStats(journal.db))).toEqual([['2023-11', 6], ['2024-3', 28]]);
    const delta = journal.dramas.list({ text: 'Delta' })[0]!.id;
    journal.dramas.nextEpisode(delta);
    journal.diary.logEpisode(delta, 7, '2026-02-03');
    // Delta now has a log (+1 episode on the test clock's day, 2 January 2026): its logged episodes count, not the five before it.
    const year = journalStats(journal.db, { year: 2026 });
    expect(year.episodesPerMonth).toHaveLength(12);
    expect(months(year)).toEqual([['2026-1', 1], ['2026-2', 1]]);
  });
});
