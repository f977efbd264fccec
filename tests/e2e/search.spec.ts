import { importReview } from '../../src-main/core/house-format/import';
import { readFixture, readReference } from '../fixtures/fixtures';
import { expect, test } from '../support/browser/fixtures';
import type { JournalUnderTest } from '../support/browser/journal-under-test';

function seed(journal: JournalUnderTest) {
  const ids = [readReference(), readFixture('winter-letters.txt'), readFixture('night-market.txt')].map((text) => importReview(journal.journal, text).dramaId);
  const war = journal.journal.dramas.create({
    title: 'After the War',
    nativeTitle: '<전쟁> 이후',
    platforms: ['KBS2'],
    aired: { year: 2019, month: 6 },
    episodes: 12,
    genres: ['Historical'],
  });
  return { soundtrack: ids[0]!, winter: ids[1]!, night: ids[2]!, war: war.id };
}

test.describe('search', () => {
  test('Ctrl/Cmd+F opens search from anywhere; results come as you type, Korean and English, with the matches marked', async ({ app, page, journal }) => {
    const { soundtrack } = seed(journal);
    await app.open(`#/drama/${soundtrack}`);
    await page.keyboard.press('ControlOrMeta+f');
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    const box = page.getByRole('combobox', { name: 'Search your journal' });
    await expect(box).toBeFocused();

    // Part of a Korean word.
    await box.pressSequentially('사운드');
    const results = page.getByRole('listbox', { name: 'Matches' });
    await expect(results.getByRole('option')).toHaveCount(1);
    const first = results.getByRole('option').first();
    await expect(first).toContainText('Soundtrack #2');
    await expect(first.locator('[lang="ko"] mark')).toHaveText(['사운드']);
    await expect(page.getByRole('status').filter({ hasText: 'for “사운드”' })).toHaveText(/^1 match for “사운드”/);

    // A Korean word inside brackets.
    await box.fill('전쟁');
    await expect(results.getByRole('option')).toHaveCount(1);
    await expect(results.getByRole('option').first()).toContainText('After the War');
    await expect(results.locator('mark')).toHaveText(['전쟁']);

    // An English prefix, found in review text: the snippet marks it.
    await box.fill('');
    await box.pressSequentially('hotte');
    await expect(results.getByRole('option')).toHaveCount(1);
    const snippet = results.locator('.search-result__snippet');
    await expect(snippet).toContainText('Review:');
    await expect(snippet.locator('mark')).toHaveText(['hotteok']);
  });

  test('text in a snippet is shown as text, never as markup', async ({ app, page, journal }) => {
    seed(journal);
    await app.open('#/search');
    await page.getByRole('combobox', { name: 'Search your journal' }).fill('caught');
    const snippet = page.getByRole('option').first().locator('.search-result__snippet');
    await expect(snippet).toContainText('<script>alert("caught")</script>');
    await expect(page.locator('#search-results script')).toHaveCount(0);
  });

  test('arrow keys choose a result and Enter opens its drama', async ({ app, page, journal }) => {
    const { winter } = seed(journal);
    await app.open('#/search');
    const box = page.getByRole('combobox', { name: 'Search your journal' });
    await box.fill('Winter');
    const options = page.getByRole('option');
    await expect(options).toHaveCount(2);
    // Ranked: the drama named Winter Letters before the one that only mentions it.
    await expect(options.nth(0)).toContainText('Winter Letters');
    await expect(options.nth(1)).toContainText('Night Market Detective');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', await options.nth(1).getAttribute('id') ?? '');
    await box.press('ArrowUp');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Winter Letters' })).toBeVisible();
    expect(page.url()).toContain(`#/drama/${winter}`);

    // Back to the search: the box still holds the query and its results.
    await page.goBack();
    await expect(page.getByRole('combobox', { name: 'Search your journal' })).toHaveValue('Winter');
    await expect(page.getByRole('option')).toHaveCount(2);
  });

  test('no match says so', async ({ app, page, journal }) => {
    seed(journal);
    await app.open('#/search');
    await page.getByRole('combobox', { name: 'Search your journal' }).fill('zzzzqq');
    await expect(page.getByText('No matches for “zzzzqq”.')).toBeVisible();
    await expect(page.getByRole('option')).toHaveCount(0);
  });
});
