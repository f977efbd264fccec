import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/browser/fixtures';
import { seriousViolations } from '../support/browser/page-checks';
import { PNG_BYTES, reviewEditor, seedForReview } from '../support/browser/editor-page';


// The editor's picture dialog is played here (journal.host answers it): the in-page bridge.
test.describe('screens with the desktop dialogs', () => {
  test.use({ transport: 'bridge' });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the editor, its dialogs, the library's filters and the drama screen are free of serious accessibility problems (${colorScheme})`, async ({
      app,
      page,
      journal,
    }) => {
      await page.emulateMedia({ colorScheme });
      const drama = seedForReview(journal);
      const still = join(journal.dir, 'still.png');
      writeFileSync(still, PNG_BYTES);
      journal.host.answerFiles([still]);

      await app.open(`#/drama/${drama.id}/review`);
      expect(await seriousViolations(page), 'empty editor').toEqual([]);

      const editor = reviewEditor(page);
      await editor.intro.fill('An intro.\n\nA second paragraph.');
      await editor.addPicture('intro').click();
      await expect(editor.altText(1)).toBeFocused();
      await editor.markFinal.click();
      await expect(page.getByRole('alert').first()).toBeVisible();
      await editor.expectSaved();
      expect(await seriousViolations(page), 'editor with a picture and an error').toEqual([]);

      journal.advanceClock(10 * 60_000);
      await editor.intro.fill('An intro, rewritten.\n\nA second paragraph.');
      await editor.expectSaved();
      await editor.earlierVersions.click();
      const dialog = page.getByRole('dialog', { name: 'Earlier versions' });
      await dialog.getByRole('list').getByRole('button').first().click();
      await expect(dialog.getByRole('article')).toBeVisible();
      await dialog.getByRole('list').getByRole('button').nth(1).click();
      await expect(dialog.getByRole('article').locator('ins').nth(1)).toBeVisible();
      expect(await seriousViolations(page), 'earlier versions with a highlighted diff').toEqual([]);
      await page.keyboard.press('Escape');

      await app.open(`#/drama/${drama.id}`);
      await page.getByRole('button', { name: 'Edit watch record' }).click();
      expect(await seriousViolations(page), 'drama screen with its review and the watch form').toEqual([]);

      await app.open('#/library');
      await page.getByRole('searchbox', { name: 'Filter by title' }).fill('zzz');
      await expect(page.getByText('No drama matches these filters.')).toBeVisible();
      expect(await seriousViolations(page), 'library with no match').toEqual([]);
    });
  }
});

test.describe('first run', () => {
  test.use({ freshJournal: true });
  test('the first-run questions are free of serious accessibility problems', async ({ app, page }) => {
    await app.open();
    expect(await seriousViolations(page), 'welcome').toEqual([]);
    await page.getByLabel('Your name', { exact: true }).fill('Jill');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Where would you like to start?' })).toBeVisible();
    expect(await seriousViolations(page), 'where to start').toEqual([]);
  });
});
