import type { Page } from '@playwright/test';
import { expect, test } from '../support/browser/fixtures';
import { MOD } from '../support/browser/page-checks';
import { reviewEditor, tabTo } from '../support/browser/editor-page';


/** The focused element draws a focus ring (an outline, or the radio's styled box next to it). */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const own = getComputedStyle(focused);
    if (own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) > 0) return true;
    const styled = focused.nextElementSibling;
    if (styled) {
      const style = getComputedStyle(styled);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    }
    return false;
  });
  expect(ring, 'the focused control shows a focus ring').toBe(true);
}

test('log a drama and write its review from start to finish with the keyboard alone', async ({ app, page, journal }) => {
  journal.journal.settings.update({ reviewerName: 'Jill', reviewerLocation: 'USA' });
  await app.open();

  // Ctrl/Cmd+N: the new-drama form, its first field ready for typing.
  await page.keyboard.press(`${MOD}+n`);
  await expect(page.getByRole('heading', { level: 1, name: 'Add drama' })).toBeVisible();
  await expect(page.getByLabel('English title', { exact: true })).toBeFocused();
  await page.keyboard.type('Tide Letters');
  await page.keyboard.press('Tab');
  await page.keyboard.type('파도 편지');
  await tabTo(page, page.getByLabel('Platforms', { exact: true }));
  await page.keyboard.type('Netflix');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('group', { name: 'First aired' }).getByLabel('Month'));
  await page.keyboard.type('Oct');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2024');
  await tabTo(page, page.getByLabel('Episodes', { exact: true }));
  await page.keyboard.type('10');
  await tabTo(page, page.getByLabel('Genres', { exact: true }));
  await page.keyboard.type('Melodrama');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Status', { exact: true }));
  await expectVisibleFocus(page);
  await page.keyboard.type('Comp');
  await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  // The drama screen: on to its review.
  await expect(page.getByRole('heading', { level: 1, name: 'Tide Letters' })).toBeVisible();
  const write = page.getByRole('link', { name: 'Write review' });
  await tabTo(page, write);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Write review' })).toBeVisible();

  const editor = reviewEditor(page);
  // The grade: arrow keys move through the radio buttons (Not yet, A+, A, A-, B+, …).
  await tabTo(page, editor.grade('Not yet'));
  await expectVisibleFocus(page);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(editor.grade('B+')).toBeChecked();

  await tabTo(page, editor.intro);
  await expectVisibleFocus(page);
  await page.keyboard.type('Letters washed up on a beach.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('I cried twice.');
  await tabTo(page, editor.story);
  await page.keyboard.type('Min Ha (Park Bo Young) finds a bottle.');
  await tabTo(page, editor.closing);
  await page.keyboard.type('See it.');
  await page.keyboard.press(`${MOD}+s`);
  await editor.expectSaved();

  // Earlier versions opens a dialog; Esc closes it and focus goes back to the button.
  await tabTo(page, editor.earlierVersions, { back: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Earlier versions' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor.earlierVersions).toBeFocused();

  await tabTo(page, editor.markFinal);
  await page.keyboard.press('Enter');
  await expect(editor.backToDraft).toBeVisible();
  await editor.expectSaved();

  await tabTo(page, page.getByRole('link', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tide Letters' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Review' })).toContainText('Final');

  const [drama] = journal.journal.dramas.all();
  expect(drama).toMatchObject({
    title: 'Tide Letters',
    nativeTitle: '파도 편지',
    platforms: ['Netflix'],
    aired: { year: 2024, month: 10 },
    episodes: 10,
    genres: ['Melodrama'],
    watch: { status: 'completed', episodesWatched: 10 },
    review: {
      grade: 'B+',
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['Letters washed up on a beach.', 'I cried twice.'],
      story: ['Min Ha (Park Bo Young) finds a bottle.'],
      closing: ['See it.'],
      state: 'final',
    },
  });
});
