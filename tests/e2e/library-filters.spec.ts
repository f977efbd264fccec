import type { Grade, WatchStatus } from '../../src-main/core/common/model';
import { libraryTitles } from '../support/browser/drama-form-page';
import { expect, test } from '../support/browser/fixtures';
import { MOD } from '../support/browser/page-checks';
import type { JournalUnderTest } from '../support/browser/journal-under-test';

const GRADES: Grade[] = ['A+', 'A', 'B+', 'B', 'C'];
const STATUSES: WatchStatus[] = ['completed', 'watching', 'plan-to-watch', 'on-hold', 'dropped'];

/** Inserts `count` dramas through the core in one transaction: `Drama 00001` … with Korean titles `드라마 1` …. */
function seedMany(journal: JournalUnderTest, count: number): void {
  const j = journal.journal;
  j.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const status = STATUSES[i % STATUSES.length]!;
      const drama = j.dramas.create({
        title: `Drama ${String(i).padStart(5, '0')}`,
        nativeTitle: `드라마 ${i}`,
        platforms: [i % 2 ? 'Netflix' : 'tvN'],
        aired: { year: 2000 + (i % 25), month: (i % 12) + 1 },
        episodes: 16,
        genres: [i % 3 ? 'Romance' : 'Thriller'],
        watch: status === 'completed' ? { status, finishedOn: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` } : { status },
      });
      if (i % 4 === 0) {
        j.reviews.save({
          dramaId: drama.id,
          grade: GRADES[i % GRADES.length]!,
          reviewer: { name: 'Jill', location: '' },
          intro: ['x'],
          story: [],
          closing: [],
          state: 'draft',
        });
      }
    }
  });
}

const rowsInPage = (page: import('@playwright/test').Page) => page.getByRole('table', { name: 'Dramas in your journal' }).getByRole('row');

test.describe('the library with many dramas', () => {
  test('10,000 dramas load and scroll with only the rows in view in the page', async ({ app, page, journal }) => {
    test.slow();
    seedMany(journal, 10_000);
    await app.open();
    await expect(page.getByText('10,000 dramas')).toBeVisible();
    const table = page.getByRole('table', { name: 'Dramas in your journal' });
    await expect(table).toHaveAttribute('aria-rowcount', '10001');
    await expect(libraryTitles(page).first()).toHaveText('Drama 00001');
    expect(await rowsInPage(page).count()).toBeLessThan(100);

    // Halfway down, then to the very end.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(libraryTitles(page).filter({ hasText: /^Drama 05\d{3}$/ }).first()).toBeInViewport();
    expect(await rowsInPage(page).count()).toBeLessThan(100);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = page.getByRole('link', { name: 'Drama 10000', exact: true });
    await expect(last).toBeInViewport();
    await expect(page.getByRole('row', { name: /Drama 10000/ })).toHaveAttribute('aria-rowindex', '10001');
    expect(await rowsInPage(page).count()).toBeLessThan(100);

    // Up and Down move between rows, drawing them as they come into view.
    await last.focus();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('link', { name: 'Drama 09999', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Drama 09999' })).toBeVisible();
  });

  test('type to filter by English or Korean title; narrow by status, grade, genre, platform and year', async ({ app, page, journal }) => {
    seedMany(journal, 200);
    await app.open();
    const filter = page.getByRole('searchbox', { name: 'Filter by title' });
    await expect(page.getByText('200 dramas')).toBeVisible();

    // Ctrl/Cmd+F puts the cursor in the filter box.
    await page.keyboard.press(`${MOD}+f`);
    await expect(filter).toBeFocused();
    await page.keyboard.type('drama 0012');
    await expect(libraryTitles(page)).toHaveText(['Drama 00120', 'Drama 00121', 'Drama 00122', 'Drama 00123', 'Drama 00124', 'Drama 00125', 'Drama 00126', 'Drama 00127', 'Drama 00128', 'Drama 00129']);
    await expect(page.getByText('10 dramas match')).toBeVisible();

    await filter.fill('드라마 17');
    await expect(libraryTitles(page)).toHaveText(['Drama 00017', 'Drama 00170', 'Drama 00171', 'Drama 00172', 'Drama 00173', 'Drama 00174', 'Drama 00175', 'Drama 00176', 'Drama 00177', 'Drama 00178', 'Drama 00179']);

    await page.getByLabel('Status').selectOption({ label: 'Watching' });
    await expect(libraryTitles(page)).toHaveText(['Drama 00171', 'Drama 00176']);
    await page.getByLabel('Platform').selectOption('Netflix');
    await expect(libraryTitles(page)).toHaveText(['Drama 00171']);
    await page.getByLabel('Platform').selectOption('tvN');
    await expect(libraryTitles(page)).toHaveText(['Drama 00176']);
    await page.getByLabel('Genre').selectOption('Thriller');
    await expect(page.getByText('No drama matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page.getByText('200 dramas')).toBeVisible();
    await expect(filter).toHaveValue('');

    await page.getByLabel('Grade').selectOption('A+');
    await expect(libraryTitles(page)).toHaveCount(10);
    await page.getByLabel('Aired in').fill('2020');
    await expect(libraryTitles(page)).toHaveText(['Drama 00020', 'Drama 00120']);
    await page.getByLabel('Sort by').selectOption({ label: 'Date finished' });
    await expect(libraryTitles(page)).toHaveText(['Drama 00020', 'Drama 00120']);
    await page.getByLabel('Sort by').selectOption({ label: 'Title' });
    await expect(libraryTitles(page)).toHaveText(['Drama 00020', 'Drama 00120']);
  });

  test('Ctrl/Cmd+F from another screen puts the cursor in a search box (Search, or the library filter)', async ({ app, page, journal }) => {
    seedMany(journal, 3);
    await app.open('#/settings');
    await page.keyboard.press(`${MOD}+f`);
    await expect(page.getByRole('heading', { level: 1, name: /^(Library|Search)$/ })).toBeVisible();
    await expect(page.locator('input[type="search"]:focus')).toHaveCount(1);
    await app.open('#/settings');
    await app.sendMenuCommand('find');
    await expect(page.locator('input[type="search"]:focus')).toHaveCount(1);
  });
});
