import { expect, test } from '../support/browser/fixtures';

test('scratch screenshots', async ({ app, page, journal }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  journal.journal.settings.update({ reviewerName: 'Jill', reviewerLocation: 'USA' });
  const drama = journal.journal.dramas.create({
    title: 'Moonlit Ferry', nativeTitle: '달빛 나루', platforms: ['Netflix', 'tvN'], aired: { year: 2024, month: 3 }, episodes: 12, genres: ['Romance', 'Mystery'],
  });
  await app.open(`#/drama/${drama.id}`);
  await page.screenshot({ path: '/tmp/shots/drama.png', fullPage: true });
  await page.getByRole('link', { name: 'Write review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write review' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Intro', exact: true }).fill('First paragraph of the intro.\n\nSecond paragraph.');
  await page.getByRole('textbox', { name: 'The Story', exact: true }).fill('The story begins.\n\nIt goes on.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/editor.png', fullPage: true });
});
