import type { Page } from '@playwright/test';
import { expect, test } from '../support/browser/fixtures';
import type { JournalUnderTest } from '../support/browser/journal-under-test';
import { seedForReview } from '../support/browser/editor-page';

const TEN_MINUTES = 10 * 60_000;

/** Moonlit Ferry with three saved versions, ten minutes apart: a first draft, a grade change, a rewrite of the story. */
function seedVersions(journal: JournalUnderTest) {
  const drama = seedForReview(journal);
  const base = {
    dramaId: drama.id,
    reviewer: { name: 'Jill', location: 'USA' },
    intro: ['A quiet ferry town.'],
    closing: ['Worth the crossing.'],
    state: 'draft' as const,
  };
  journal.journal.reviews.save({ ...base, grade: 'B+', story: ['Two strangers meet at the crossing.'] });
  journal.advanceClock(TEN_MINUTES);
  journal.journal.reviews.save({ ...base, grade: 'A-', story: ['Two strangers meet at the crossing.'] });
  journal.advanceClock(TEN_MINUTES);
  journal.journal.reviews.save({ ...base, grade: 'A-', story: ['Two strangers meet at the old crossing at dawn.'] });
  return drama;
}

function openVersions(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Earlier versions' });
  const versions = dialog.getByRole('list', { name: 'Saved versions, newest first' }).getByRole('button');
  return { dialog, versions };
}

test.describe('earlier versions', () => {
  test('each version says what it changed; the one before the current is chosen, shown as a highlighted diff', async ({ app, page, journal }) => {
    const drama = seedVersions(journal);
    await app.open(`#/drama/${drama.id}/review`);
    await page.getByRole('button', { name: 'Earlier versions…' }).click();
    const { dialog, versions } = openVersions(page);
    await expect(versions).toHaveCount(3);

    await expect(versions.nth(0)).toContainText('(current)');
    await expect(versions.nth(0)).toContainText('+4 words');
    await expect(versions.nth(0)).toContainText('−1 word');
    await expect(versions.nth(0)).toContainText('The Story');
    await expect(versions.nth(1)).toContainText('Grade B+ → A-');
    await expect(versions.nth(1)).not.toContainText(/[+−]\d+ word/); // a grade change alone adds and removes no words
    await expect(versions.nth(2)).toContainText('First version');

    // The version before the current one is chosen from the start.
    await expect(versions.nth(1)).toHaveAttribute('aria-pressed', 'true');
    const text = dialog.getByRole('article');
    await expect(text).toContainText('Grade A- (unchanged)');
    await expect(text.locator('ins')).toHaveText(['added since', '[added: old crossing at dawn.]']);
    await expect(text.locator('del')).toHaveText(['removed since', '[removed: crossing.]']);
    await expect(text.getByRole('region', { name: 'The Story' })).toContainText('changed');

    // The first version against the current text shows the grade change too; the dialog keeps its size.
    const box = await dialog.boundingBox();
    await versions.nth(2).click();
    await expect(versions.nth(2)).toHaveAttribute('aria-pressed', 'true');
    await expect(text.locator('.review-diff__grade')).toHaveText('Grade B+ → A-');
    expect(await dialog.boundingBox()).toEqual(box);

    // The current version compares with itself: nothing marked, nothing to restore.
    await versions.nth(0).click();
    await expect(text).toContainText('This is the current text.');
    await expect(text.locator('.review-diff ins, .review-diff del')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Restore this version' })).toBeDisabled();
  });

  test('the dialog fits a phone and restoring the chosen version still works there', async ({ app, page, journal }) => {
    const drama = seedVersions(journal);
    await page.setViewportSize({ width: 390, height: 844 });
    await app.open(`#/drama/${drama.id}/review`);
    await page.getByRole('button', { name: 'Earlier versions…' }).click();
    const { dialog, versions } = openVersions(page);
    await expect(versions.nth(1)).toHaveAttribute('aria-pressed', 'true');
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const restore = dialog.getByRole('button', { name: 'Restore this version' });
    await expect(restore).toBeInViewport();
    await restore.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'The Story', exact: true })).toHaveValue('Two strangers meet at the crossing.');
    expect(journal.journal.reviews.get(drama.id)?.story).toEqual(['Two strangers meet at the crossing.']);
  });

  test('a change far down a long review is scrolled into view when its version is chosen', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    const review = {
      dramaId: drama.id,
      grade: 'B' as const,
      reviewer: { name: 'Jill', location: 'USA' },
      intro: Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of a long opening, about the ferry and the town it crosses to.`),
      story: ['The story.'],
      state: 'draft' as const,
    };
    journal.journal.reviews.save({ ...review, closing: ['Worth a rainy weekend.'] });
    journal.advanceClock(TEN_MINUTES);
    journal.journal.reviews.save({ ...review, closing: ['Worth a whole weekend.'] });
    await app.open(`#/drama/${drama.id}/review`);
    await page.getByRole('button', { name: 'Earlier versions…' }).click();
    const { dialog } = openVersions(page);
    const removed = dialog.getByRole('region', { name: 'Closing' }).locator('del');
    await expect(removed).toHaveText('[removed: rainy]');
    await expect(removed).toBeInViewport();
  });
});
