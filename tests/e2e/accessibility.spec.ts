import { expect, test } from '../support/browser/fixtures';
import { seriousViolations } from '../support/browser/page-checks';


for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen is free of serious accessibility problems (${colorScheme})`, async ({ app, page, journal }) => {
    await page.emulateMedia({ colorScheme });
    await app.open();
    expect(await seriousViolations(page), 'empty library').toEqual([]);

    const drama = journal.journal.dramas.create({
      title: 'Soundtrack #2',
      nativeTitle: '사운드트랙 #2',
      platforms: ['Disney+', 'Hulu'],
      aired: { year: 2023, month: 12 },
      episodes: 6,
      genres: ['Romance', 'Music'],
      watch: { status: 'watching', episodesWatched: 2 },
    });
    journal.journal.notes.add({ dramaId: drama.id, episode: 2, text: '좋았어.' });
    journal.journal.reviews.save({
      dramaId: drama.id,
      grade: null,
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['Half written.'],
      story: [],
      closing: [],
      state: 'draft',
    });
    await app.reload();
    expect(await seriousViolations(page), 'library').toEqual([]);

    await app.open('#/home');
    await expect(page.getByRole('region', { name: 'Drafts in progress' }).getByRole('link', { name: 'Soundtrack #2' })).toBeVisible();
    await page.getByRole('button', { name: '+1 episode of Soundtrack #2' }).click();
    await expect(page.getByRole('region', { name: 'Continue watching' })).toContainText('Episode 3 of 6');
    expect(await seriousViolations(page), 'home').toEqual([]);

    await app.open(`#/drama/${drama.id}`);
    expect(await seriousViolations(page), 'drama screen').toEqual([]);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page), 'delete dialog').toEqual([]);
    await page.keyboard.press('Escape');

    await app.open(`#/drama/${drama.id}/edit`);
    await page.getByLabel('Episodes', { exact: true }).fill('0');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByLabel('Episodes', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousViolations(page), 'edit form with an error').toEqual([]);

    await app.open('#/new');
    expect(await seriousViolations(page), 'add form').toEqual([]);

    await app.open('#/settings');
    expect(await seriousViolations(page), 'settings').toEqual([]);
  });
}
