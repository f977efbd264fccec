import { expect, test } from '../support/browser/fixtures';
import { seedKnownJournal } from '../support/browser/known-journal';

test.describe('statistics', () => {
  test('show the known journal in figures and charts, each chart with its numbers', async ({ app, page, journal }) => {
    seedKnownJournal(journal);
    await app.open('#/stats');
    await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
    const totals = page.getByRole('definition');
    const tile = (label: string) => page.locator('.stat-tile', { has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) });
    await expect(tile('Dramas').locator('.stat-tile__value')).toHaveText('4');
    await expect(tile('Finished').locator('.stat-tile__value')).toHaveText('3');
    await expect(tile('Episodes watched').locator('.stat-tile__value')).toHaveText('42');
    await expect(tile('Hours watched').locator('.stat-tile__value')).toHaveText('44');
    await expect(tile('Average grade').locator('.stat-tile__value')).toHaveText('A-');
    await expect(tile('Average grade')).toContainText('3.67 over 3 graded');
    expect(await totals.count()).toBeGreaterThan(5);

    // Each chart is a picture named with its numbers, and a table of them.
    const perYear = page.getByRole('figure', { name: 'Dramas finished per year' });
    await expect(perYear.getByRole('img')).toHaveAccessibleName('Dramas finished per year. 2023: 1 drama; 2024: 2 dramas');
    await perYear.getByText('Show the numbers').click();
    await expect(perYear.getByRole('row')).toHaveText(['20231 drama', '20242 dramas']);
    await expect(perYear.locator('rect.chart__bar')).toHaveCount(2);

    const perMonth = page.getByRole('figure', { name: 'Dramas finished per month' });
    const monthName = await perMonth.getByRole('img').getAttribute('aria-label');
    expect(monthName).toContain('May 2023: 1 drama');
    expect(monthName).toContain('June 2023: 0 dramas');
    expect(monthName).toContain('January 2024: 1 drama');
    expect(monthName).toContain('March 2024: 1 drama');

    const grades = page.getByRole('figure', { name: 'Grade distribution' });
    const gradeName = await grades.getByRole('img').getAttribute('aria-label');
    expect(gradeName).toContain('A: 2 dramas');
    expect(gradeName).toContain('B: 1 drama');
    expect(gradeName).toContain('A+: 0 dramas');

    const byGenre = page.getByRole('figure', { name: 'Average grade by genre' });
    await expect(byGenre.getByRole('row', { name: /^Romance/ })).toContainText('A- (3.50) · 2 of 2 dramas graded');
    await expect(byGenre.getByRole('row', { name: /^Comedy/ })).toContainText('A- (3.50) · 2 of 2 dramas graded');
    await expect(byGenre.getByRole('row', { name: /^Mystery/ })).toContainText('not graded · 1 drama');

    const byPlatform = page.getByRole('figure', { name: 'Average grade by platform' });
    await expect(byPlatform.getByRole('row', { name: /^Netflix/ })).toContainText('A (4.00) · 2 of 2 dramas graded');
    await expect(byPlatform.getByRole('row', { name: /^tvN/ })).toContainText('B (3.00) · 1 of 2 dramas graded');

    const actors = page.getByRole('figure', { name: 'Most-watched actors' });
    await expect(actors.getByRole('row', { name: /^Park Min Jae/ })).toContainText('2 dramas · 1 lead role · 26 episodes watched');
    await expect(actors.getByRole('row', { name: /^Lee Soo Ah/ })).toContainText('1 drama');

    // One year in review.
    await page.getByLabel('Show').selectOption({ label: '2024 in review' });
    await expect(tile('Finished in 2024').locator('.stat-tile__value')).toHaveText('2');
    // It says what it counts, since the site's year page counts only reviewed dramas.
    await expect(page.getByText('Counts every drama you finished in 2024, reviewed or not. Your site’s year page counts only those with a published review.')).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Dramas finished per year' })).toHaveCount(0);
    const months = page.getByRole('figure', { name: 'Dramas finished per month in 2024' });
    await expect(months.locator('text.chart__label')).toHaveCount(12);
    const yearName = await months.getByRole('img').getAttribute('aria-label');
    expect(yearName).toContain('January 2024: 1 drama; February 2024: 0 dramas; March 2024: 1 drama');
  });
});

test.describe('actors', () => {
  test('the cast on the drama screen links to the actor, whose screen lists every drama with grades', async ({ app, page, journal }) => {
    const { first, third } = seedKnownJournal(journal);
    await app.open(`#/drama/${first}`);
    const cast = page.getByRole('region', { name: 'Cast' });
    await expect(cast).toContainText('Park Min Jae as Han Seo');
    await cast.getByRole('link', { name: 'Park Min Jae' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Park Min Jae' })).toBeVisible();
    await expect(page.getByText('2 dramas in your journal · average grade A over 2 graded')).toBeVisible();
    const rows = page.getByRole('table', { name: 'Dramas with Park Min Jae' }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(page.getByRole('row', { name: /Moonlit Ferry/ })).toContainText('Han Seo');
    await expect(page.getByRole('row', { name: /Moonlit Ferry/ })).toContainText('Lead');
    await expect(page.getByRole('row', { name: /Night Market/ })).toContainText('Support');
    await expect(page.getByRole('row', { name: /Night Market/ }).locator('.grade')).toHaveText('A');
    await page.getByRole('link', { name: 'Night Market' }).click();
    expect(page.url()).toContain(`#/drama/${third}`);

    await app.open('#/actors');
    await expect(page.getByRole('row', { name: /Park Min Jae/ })).toContainText('2');
    await page.getByLabel('Show actors named').fill('lee');
    await expect(page.getByRole('link', { name: 'Lee Soo Ah' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Park Min Jae' })).toHaveCount(0);
  });

  test('a cast member is added and removed on the drama screen, and the review suggests the rest', async ({ app, page, journal }) => {
    const { fourth } = seedKnownJournal(journal);
    journal.journal.reviews.save({
      dramaId: fourth,
      grade: null,
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['The detective Ko Eun (Han Hyo Joo, Moving) leads a quiet cast.'],
      story: [],
      closing: [],
      state: 'draft',
    });
    await app.open(`#/drama/${fourth}`);
    const cast = page.getByRole('region', { name: 'Cast' });
    await expect(cast.getByText('No cast yet.')).toBeVisible();
    await cast.getByLabel('Actor').fill('Jo In Sung');
    await cast.getByLabel('Character').fill('Captain');
    await cast.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(cast.getByRole('link', { name: 'Jo In Sung' })).toBeVisible();

    await cast.getByRole('button', { name: 'Suggest from the Review' }).click();
    const suggestions = cast.getByRole('group', { name: 'Cast named in the review' });
    await expect(suggestions.getByRole('checkbox', { name: /Han Hyo Joo as Ko Eun/ })).toBeChecked();
    await suggestions.getByRole('button', { name: 'Add 1 to the Cast' }).click();
    await expect(cast.getByRole('link', { name: 'Han Hyo Joo' })).toBeVisible();

    await cast.getByRole('button', { name: 'Remove Jo In Sung from the cast' }).click();
    await expect(cast.getByRole('link', { name: 'Jo In Sung' })).toHaveCount(0);
    expect(journal.journal.cast.list(fourth).map((m) => [m.actor, m.character])).toEqual([['Han Hyo Joo', 'Ko Eun']]);
  });
});
