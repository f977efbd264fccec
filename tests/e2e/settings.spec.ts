import { expect, test } from '../support/browser/fixtures';

test.describe('settings', () => {
  test('are saved to the journal and shown again after a restart', async ({ app, page, journal }) => {
    await app.open();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const siteTitle = page.getByLabel('Site title');
    await expect(siteTitle).toHaveValue('KDRAMALOVE KOREAN DRAMA REVIEWS');
    await expect(page.getByLabel('Reviewer name')).toHaveValue('');
    await expect(page.getByLabel('Site URL (optional)')).toHaveValue('');

    await siteTitle.fill('JILL’S K-DRAMA NOTES');
    await page.getByLabel('Reviewer name').fill('Jill');
    await page.getByLabel('Reviewer location').fill('USA');
    await page.getByLabel('Site URL (optional)').fill('https://example.com/reviews/');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status')).toHaveText('Settings saved.');

    await app.restart();
    await expect(page.getByLabel('Site title')).toHaveValue('JILL’S K-DRAMA NOTES');
    await expect(page.getByLabel('Reviewer name')).toHaveValue('Jill');
    await expect(page.getByLabel('Reviewer location')).toHaveValue('USA');
    await expect(page.getByLabel('Site URL (optional)')).toHaveValue('https://example.com/reviews/');
    expect(journal.journal.settings.get()).toMatchObject({
      siteTitle: 'JILL’S K-DRAMA NOTES',
      reviewerName: 'Jill',
      reviewerLocation: 'USA',
      siteUrl: 'https://example.com/reviews/',
    });
  });

  test('bad values get the core’s message beside the field and change nothing', async ({ app, page, journal }) => {
    const before = journal.journal.settings.get();
    await app.open('#/settings');
    const siteUrl = page.getByLabel('Site URL (optional)');
    await siteUrl.fill('example.com');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(siteUrl).toHaveAttribute('aria-invalid', 'true');
    await expect(siteUrl).toHaveAccessibleDescription(/site URL must be a web address starting with https:\/\/ or http:\/\//i);
    await expect(siteUrl).toBeFocused();
    expect(journal.journal.settings.get()).toEqual(before);

    await siteUrl.fill('');
    const siteTitle = page.getByLabel('Site title');
    await siteTitle.fill('   ');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(siteTitle).toHaveAccessibleDescription(/site title is required/i);
    await expect(siteUrl).not.toHaveAttribute('aria-invalid');
    expect(journal.journal.settings.get()).toEqual(before);
  });

  test('the theme setting switches between light and dark', async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await app.open('#/settings');
    const background = () => page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
    const light = await background();
    await page.getByLabel('Theme').selectOption({ label: 'Dark' });
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).not.toBe(light);
    await app.reload();
    await expect(page.locator('html'), 'the theme comes back with the app').toHaveAttribute('data-theme', 'dark');
  });
});
