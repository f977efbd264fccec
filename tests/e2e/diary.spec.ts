import type { Page } from '@playwright/test';
import type { DramaCreateInput } from '../../src-main/core/common/model';
import { expect, test } from '../support/browser/fixtures';
import { seriousViolations } from '../support/browser/page-checks';
import type { JournalUnderTest } from '../support/browser/journal-under-test';
import { addMoonlitFerry } from '../support/browser/moonlit-ferry';
import { seedCovers } from '../support/browser/posters';


const drama = (title: string, nativeTitle: string, watch: DramaCreateInput['watch'] = undefined): DramaCreateInput => ({
  title,
  nativeTitle,
  platforms: ['Netflix'],
  aired: { year: 2023, month: 3 },
  episodes: 8,
  genres: ['Romance'],
  ...(watch ? { watch } : {}),
});

/** Three dramas finished in 2024 and 2025, one of them rewatched with a note. */
function seedDiary(journal: JournalUnderTest) {
  const j = journal.journal;
  const ferry = addMoonlitFerry(journal, { watch: { status: 'completed', episodesWatched: 12, startedOn: '2024-03-20', finishedOn: '2024-04-01' } });
  const tears = j.dramas.create(drama('Tears of War', '눈물의 전쟁', { status: 'completed', episodesWatched: 8, finishedOn: '2025-01-12' }));
  const winter = j.dramas.create(drama('Winter Garden', '겨울 정원', { status: 'completed', episodesWatched: 8, finishedOn: '2025-03-03' }));
  j.diary.logWatch({ dramaId: ferry.id, rewatch: true, finishedOn: '2025-03-09', note: 'Better the second time.' });
  return { ferry, tears, winter };
}

const month = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('logging a rewatch from the drama screen shows it on the Diary screen under its month', async ({ app, page, journal }) => {
  const ferry = addMoonlitFerry(journal, { watch: { status: 'completed', episodesWatched: 12, finishedOn: '2024-04-01' } });
  await app.open(`#/drama/${ferry.id}`);
  const panel = page.getByRole('region', { name: 'Diary' });
  await expect(panel.getByRole('listitem')).toHaveText(['Finished Apr. 1, 2024First watch']);

  await panel.getByRole('button', { name: 'Log a rewatch' }).click();
  const form = page.getByRole('form', { name: 'Log a rewatch' });
  await expect(form.getByLabel('This was a rewatch'), 'a finished drama is watched again').toBeChecked();
  await form.getByLabel('Finished on').fill('2025-02-14');
  await form.getByLabel('Note (optional)').fill('Better the second time.');
  await form.getByRole('button', { name: 'Log watch' }).click();

  await expect(form).toBeHidden();
  await expect(panel.getByRole('listitem').first()).toHaveText('Finished Feb. 14, 2025RewatchBetter the second time.');
  const record = page.getByRole('region', { name: 'Watch record' });
  await expect(record.getByText('Feb. 14, 2025')).toBeVisible();
  await expect(record.getByRole('definition').last(), 'the rewatch count follows the diary').toHaveText('1');
  expect(journal.journal.diary.entries(ferry.id).map((e) => [e.finishedOn, e.rewatch, e.note])).toEqual([
    ['2024-04-01', false, null],
    ['2025-02-14', true, 'Better the second time.'],
  ]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Diary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Diary' })).toBeVisible();
  const february = month(page, 'February 2025');
  await expect(february.getByRole('listitem')).toHaveCount(1);
  await expect(february.getByRole('link', { name: 'Moonlit Ferry' })).toBeVisible();
  await expect(february).toContainText('달빛 나루');
  await expect(february).toContainText('Rewatch');
  await expect(february).toContainText('Better the second time.');
  await expect(month(page, 'April 2024')).toContainText('Finished Apr. 1, 2024');
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings, 'newest month first').toEqual(['February 2025', 'April 2024']);

  await february.getByRole('link', { name: 'Moonlit Ferry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moonlit Ferry' })).toBeVisible();
});

test('a second first watch is refused in the form, and nothing is logged', async ({ app, page, journal }) => {
  const ferry = addMoonlitFerry(journal, { watch: { status: 'completed', episodesWatched: 12, finishedOn: '2024-04-01' } });
  await app.open(`#/drama/${ferry.id}`);
  await page.getByRole('button', { name: 'Log a rewatch' }).click();
  await page.getByLabel('This was a rewatch').uncheck();
  await page.getByRole('button', { name: 'Log watch' }).click();
  await expect(page.getByRole('alert')).toContainText('log it as a rewatch');
  expect(journal.journal.diary.entries(ferry.id)).toHaveLength(1);

  // A drama being watched is finished by its first logged watch, not rewatched.
  const watching = addMoonlitFerry(journal, { title: 'Winter Garden', nativeTitle: '겨울 정원', watch: { status: 'watching', episodesWatched: 3, startedOn: '2025-01-02' } });
  await app.open(`#/drama/${watching.id}`);
  await page.getByRole('button', { name: 'Log a watch' }).click();
  await expect(page.getByLabel('This was a rewatch')).not.toBeChecked();
  await page.getByLabel('Finished on').fill('2025-01-20');
  await page.getByRole('button', { name: 'Log watch' }).click();
  await expect(page.getByRole('region', { name: 'Diary' }).getByRole('listitem')).toHaveText(['Jan. 2, 2025 – Jan. 20, 2025First watch']);
  expect(journal.journal.dramas.get(watching.id).watch).toMatchObject({ status: 'completed', finishedOn: '2025-01-20', rewatches: 0 });
});

test('the year filter offers the years that have watches and shows only the one chosen', async ({ app, page, journal }) => {
  seedDiary(journal);
  await app.open('#/diary');
  const year = page.getByLabel('Year');
  await expect(year.getByRole('option')).toHaveText(['All years (4)', '2025 (3)', '2024 (1)']);
  expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['March 2025', 'January 2025', 'April 2024']);
  await expect(month(page, 'March 2025').getByRole('link')).toHaveText(['Moonlit Ferry', 'Winter Garden']);

  await year.selectOption('2024');
  expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['April 2024']);
  await expect(page.getByRole('listitem')).toHaveCount(1);
  await expect(month(page, 'April 2024')).toContainText('Mar. 20, 2024 – Apr. 1, 2024');

  // The choice stays while the user looks at a drama and comes back.
  await month(page, 'April 2024').getByRole('link', { name: 'Moonlit Ferry' }).click();
  await page.goBack();
  await expect(year).toHaveValue('2024');
  await year.selectOption({ label: 'All years (4)' });
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(3);
});

test('an empty diary says how it fills', async ({ app, page }) => {
  await app.open('#/diary');
  await expect(page.getByText('Your diary is empty.')).toContainText('“+1 episode”');
  await expect(page.getByRole('link', { name: 'Go to the library' })).toBeVisible();
  await expect(page.getByLabel('Year')).toHaveCount(0);
});

test('grading an episode and moving the day it was watched, on the drama screen', async ({ app, page, journal }) => {
  const ferry = addMoonlitFerry(journal, { watch: { status: 'watching', episodesWatched: 0 } });
  await app.open(`#/drama/${ferry.id}`);
  const log = page.getByRole('region', { name: 'Episode log' });
  await expect(log).toContainText('No episodes logged yet.');
  await page.getByRole('button', { name: '+1 episode' }).click();
  await expect(page.getByText('1 / 12')).toBeVisible();
  await page.getByRole('button', { name: '+1 episode' }).click();
  await expect(log.getByRole('listitem')).toHaveCount(2);

  await log.getByLabel('Episode 2 grade').selectOption('A-');
  await expect.poll(() => journal.journal.diary.episodeLog(ferry.id).map((e) => e.grade)).toEqual([null, 'A-']);
  await log.getByLabel('Episode 1 watched on').fill('2025-03-01');
  await log.getByLabel('Episode 1 watched on').press('Enter');
  await expect.poll(() => journal.journal.diary.episodeLog(ferry.id)[0]).toMatchObject({ episode: 1, watchedOn: '2025-03-01', grade: null });

  // A grade taken away again, and the log as the journal keeps it after a reload.
  await log.getByLabel('Episode 2 grade').selectOption({ label: 'No grade' });
  await expect.poll(() => journal.journal.diary.episodeLog(ferry.id)[1]!.grade).toBeNull();
  await log.getByLabel('Episode 2 grade').selectOption('B+');
  await app.reload();
  await expect(log.getByLabel('Episode 2 grade')).toHaveValue('B+');
  await expect(log.getByLabel('Episode 1 watched on')).toHaveValue('2025-03-01');
});

test('at 10,000 watches the diary draws a page of months at a time, with cover thumbnails', async ({ app, page, journal }) => {
  const j = journal.journal;
  // 2,500 dramas each finished once and rewatched three times: 10,000 entries over about 27 years of months.
  const ids = j.transaction(() =>
    Array.from({ length: 2_500 }, (_, i) => {
      const day = (n: number) => new Date(Date.UTC(2025, 11, 28) - n * 86_400_000).toISOString().slice(0, 10);
      const { id } = j.dramas.create(drama(`Drama ${String(i + 1).padStart(4, '0')}`, `드라마 ${i + 1}`, { status: 'completed', episodesWatched: 8, finishedOn: day(4 * i + 3) }));
      for (const back of [2, 1, 0]) j.diary.logWatch({ dramaId: id, rewatch: true, finishedOn: day(4 * i + back) });
      return id;
    }),
  );
  await seedCovers(journal, ids.slice(0, 2));
  await app.open('#/diary');
  await expect(page.getByLabel('Year').getByRole('option').first()).toHaveText('All years (10000)');
  const entries = page.locator('.diary-entry');
  await expect(month(page, 'December 2025').getByRole('link').first()).toHaveText('Drama 0001');
  const drawn = await entries.count();
  expect(drawn).toBeGreaterThan(20);
  expect(drawn).toBeLessThan(200);
  await expect(page.locator('img.cover-thumb')).toHaveCount(8);
  await expect(page.locator('.cover-thumb--empty').first()).toHaveText('D');

  // Nearing the end draws the next months; the button does the same from the keyboard.
  await page.getByRole('button', { name: 'Show earlier months' }).scrollIntoViewIfNeeded();
  await expect.poll(() => entries.count()).toBeGreaterThan(drawn);
  await page.getByLabel('Year').selectOption('2000');
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('December 2000');
  expect(await entries.count()).toBeLessThan(200);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Diary screen and the drama screen's diary are free of serious accessibility problems (${colorScheme})`, async ({ app, page, journal }) => {
    await page.emulateMedia({ colorScheme });
    const { ferry } = seedDiary(journal);
    journal.journal.dramas.nextEpisode(journal.journal.dramas.create(drama('Half Moon', '반달', { status: 'watching', episodesWatched: 0 })).id);
    await seedCovers(journal, [ferry.id]);
    await app.open('#/diary');
    expect(await seriousViolations(page), 'Diary').toEqual([]);

    await app.open(`#/drama/${ferry.id}`);
    await page.getByRole('button', { name: 'Log a rewatch' }).click();
    expect(await seriousViolations(page), 'drama screen, logging a rewatch').toEqual([]);

    const halfMoon = journal.journal.diary.list().find((e) => e.title === 'Half Moon')!;
    await app.open(`#/drama/${halfMoon.dramaId}`);
    await expect(page.getByLabel('Episode 1 grade')).toBeVisible();
    expect(await seriousViolations(page), 'drama screen, episode log').toEqual([]);
  });
}
