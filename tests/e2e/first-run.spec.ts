import { expect, test } from '../support/browser/fixtures';

test.describe('the first run', () => {
  test.use({ freshJournal: true });

  test('asks who signs the reviews and the site title, then offers a place to start, once', async ({ app, page, journal }) => {
    await app.open();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Dramalog' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }), 'nothing else until the questions are answered').toHaveCount(0);

    const name = page.getByLabel('Your name', { exact: true });
    const siteTitle = page.getByLabel('Your review site’s title');
    await expect(siteTitle).toHaveValue('KDRAMALOVE KOREAN DRAMA REVIEWS');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/Reviewer name is required/);
    await expect(name).toBeFocused();

    await name.fill('Jill');
    await page.getByLabel('Where you are (optional)').fill('USA');
    await siteTitle.fill('JILL’S K-DRAMA NOTES');
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Where would you like to start?' })).toBeVisible();
    await expect(page.getByText('Reviews will be signed “Korean Drama Review by Jill, USA”.')).toBeVisible();
    expect(journal.journal.settings.get()).toMatchObject({ reviewerName: 'Jill', reviewerLocation: 'USA', siteTitle: 'JILL’S K-DRAMA NOTES', onboarded: false });

    await page.getByRole('button', { name: /Add your first drama/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add drama' })).toBeVisible();
    expect(journal.journal.settings.get().onboarded).toBe(true);

    await app.restart();
    await expect(page.getByRole('heading', { level: 1, name: 'Add drama' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('“Go to the library” finishes the questions too, on an empty library that says what to do', async ({ app, page, journal }) => {
    await app.open();
    await page.getByLabel('Your name', { exact: true }).fill('Mina');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: /Go to the library/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.getByText('Your journal is empty.')).toBeVisible();
    expect(journal.journal.settings.get()).toMatchObject({ reviewerName: 'Mina', onboarded: true });
  });
});

test.describe('the first run, importing', () => {
  test.use({ freshJournal: true });

  test('“Import a review” finishes the questions and opens the import dialog', async ({ app, page, journal }) => {
    await app.open();
    await page.getByLabel('Your name', { exact: true }).fill('Jill');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: /Import a review you have written/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(journal.journal.settings.get().onboarded).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  });
});
