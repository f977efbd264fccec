/**
 * The app in a browser tab, served by `dramalog serve`: what the desktop's menu and
 * dialogs do, done the browser's way, and two tabs on one journal.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReference } from '../fixtures/fixtures';
import { expect, test } from '../support/browser/fixtures';
import { MOD, seriousViolations } from '../support/browser/page-checks';
import { reviewEditor, seedForReview } from '../support/browser/editor-page';
import { addMoonlitFerry } from '../support/browser/moonlit-ferry';
import { openJournal } from '../../src-main/core/journal';


test.describe('the app menu in a browser tab', () => {
  test('Ctrl+K and the Menu button list every menu command; choosing one runs it', async ({ app, page }) => {
    await app.open();
    await page.keyboard.press(`${MOD}+k`);
    const palette = page.getByRole('dialog', { name: 'Commands' });
    await expect(palette).toBeVisible();
    const options = palette.getByRole('option');
    for (const label of ['New Drama', 'Import Review…', 'Export Site…', 'Export Journal…', 'Back Up Journal…', 'Statistics', 'Find…']) {
      await expect(options.filter({ hasText: label }).first(), label).toBeVisible();
    }
    await palette.getByRole('combobox', { name: 'Find a command' }).fill('stat');
    await expect(options).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();

    await page.getByRole('button', { name: 'Commands' }).click();
    await palette.getByRole('option', { name: /Settings/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('the menu shortcuts the browser leaves to the page work: Ctrl+, opens Settings', async ({ app, page }) => {
    await app.open();
    await page.keyboard.press(`${MOD}+Comma`);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });
});

test.describe('files, the browser way', () => {
  test('Import Review… uploads the chosen files and previews them', async ({ scratch, app, page, journal }) => {
    const dir = scratch();
    writeFileSync(join(dir, 'soundtrack-2.txt'), readReference());
    await app.open();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press(`${MOD}+k`);
    await page.getByRole('option', { name: /Import Review/ }).click();
    await (await chooser).setFiles([join(dir, 'soundtrack-2.txt')]);
    const dialog = page.getByRole('dialog', { name: 'Import review' });
    await expect(dialog.getByTestId('import-preview').getByRole('heading', { level: 1 })).toHaveText('Soundtrack #2');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('button', { name: 'Skip' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Soundtrack #2' })).toBeVisible();
    expect(journal.journal.dramas.list({})).toHaveLength(1);
  });

  test('Export Journal… is a download of the whole journal', async ({ app, page, journal }) => {
    addMoonlitFerry(journal);
    await app.open('#/data');
    const download = page.waitForEvent('download');
    await page.keyboard.press(`${MOD}+k`);
    await page.getByRole('option', { name: /Export Journal/ }).click();
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8')).dramas).toHaveLength(1);
    await expect(page.getByRole('status').filter({ hasText: 'Saved 1 drama to' })).toContainText('Downloads/dramalog-journal-');
  });

  test('Export Site… asks for a folder on the machine that runs Dramalog, remembers it, or downloads a .zip', async ({ scratch, app, page, journal }) => {
    addMoonlitFerry(journal);
    const site = join(scratch(), 'site');
    await app.open();
    await page.keyboard.press(`${MOD}+Shift+E`);
    const exportDialog = page.getByRole('dialog', { name: 'Export site' });
    await exportDialog.getByRole('button', { name: 'Choose folder…' }).click();
    const prompt = page.getByRole('dialog', { name: 'Export the site' });
    await prompt.getByLabel('Folder on the computer that runs Dramalog').fill(site);
    await prompt.getByRole('button', { name: 'Export here' }).click();
    await expect(exportDialog.getByText('Exported to')).toContainText(site);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('<html');

    await exportDialog.getByRole('button', { name: 'Done' }).click();
    await page.keyboard.press(`${MOD}+Shift+E`);
    await exportDialog.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(prompt.getByLabel('Folder on the computer that runs Dramalog'), 'remembered').toHaveValue(site);
    await prompt.getByRole('button', { name: 'Cancel' }).click();

    // The journal's own site folder comes first, over the last folder typed in this browser
    // (say, one chosen from another computer's browser since).
    const elsewhere = join(site, '..', 'moved-site');
    journal.journal.settings.rememberSitePlace({ folder: elsewhere, includeDrafts: false });
    await exportDialog.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(prompt.getByLabel('Folder on the computer that runs Dramalog')).toHaveValue(elsewhere);
    const download = page.waitForEvent('download');
    await prompt.getByRole('button', { name: 'Download .zip' }).click();
    expect((await download).suggestedFilename()).toBe('dramalog-site.zip');
  });
});

test.describe('two tabs on one journal', () => {
  test('a tab shows what another tab changed, without a reload', async ({ app, page, journal }) => {
    const drama = addMoonlitFerry(journal, { episodes: 4 });
    await app.open(`#/drama/${drama.id}`);
    const other = await page.context().newPage();
    await app.open(`#/drama/${drama.id}`, other);
    await other.getByRole('region', { name: 'Watch record' }).getByRole('button', { name: '+1 episode' }).click();
    await expect(page.getByRole('region', { name: 'Watch record' })).toContainText('1 / 4');
    await other.close();
  });

  test('the editor never saves over text saved elsewhere meanwhile: it says so and keeps both', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}/review`);
    const here = reviewEditor(page);
    await here.story.fill('Written in this tab.');
    // Before this tab's autosave, the CLI (its own connection to the file) saves the review.
    const cli = openJournal(journal.path);
    cli.reviews.save({ dramaId: drama.id, grade: null, reviewer: { name: 'Jill', location: 'USA' }, intro: [], story: ['Written elsewhere.'], closing: [], state: 'draft' });
    cli.close();

    const notice = page.getByRole('alert', { name: 'This review was changed in another window' });
    await expect(notice).toBeVisible();
    await expect(here.story).toHaveValue('Written in this tab.');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(0);
    expect(journal.journal.reviews.get(drama.id)?.story).toEqual(['Written elsewhere.']);
    await notice.getByText('Show the other text').click();
    await expect(notice).toContainText('Written elsewhere.');

    await notice.getByRole('button', { name: 'Keep my text' }).click();
    await here.expectSaved();
    await expect(notice).toBeHidden();
    expect(journal.journal.reviews.get(drama.id)?.story).toEqual(['Written in this tab.']);
    const kept = journal.journal.revisions.list(drama.id).map((r) => journal.journal.revisions.get(r.id).content.story);
    expect(kept).toContainEqual(['Written elsewhere.']);
  });

  test('a review saved in one tab shows in another that holds nothing unsaved', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}/review`);
    const other = await page.context().newPage();
    await app.open(`#/drama/${drama.id}/review`, other);
    await reviewEditor(other).story.fill('Written in the other tab.');
    await reviewEditor(other).expectSaved();
    await expect(reviewEditor(page).story).toHaveValue('Written in the other tab.');
    await other.close();
  });

  test('closing a tab with a save pending asks first, and what was typed is saved', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.story.fill('Typed just before closing the tab.');
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
    await expect.poll(() => journal.journal.reviews.get(drama.id)?.story).toEqual(['Typed just before closing the tab.']);
  });
});

test.describe('the browser screens are accessible', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the command palette, the folder question and the conflict notice have no serious accessibility problems (${colorScheme})`, async ({ app, page, journal }) => {
      await page.emulateMedia({ colorScheme });
      const drama = seedForReview(journal);
      await app.open();
      await page.getByRole('button', { name: 'Commands' }).click();
      expect(await seriousViolations(page), 'command palette').toEqual([]);
      await page.keyboard.press('Escape');

      await page.keyboard.press(`${MOD}+Shift+E`);
      await page.getByRole('dialog', { name: 'Export site' }).getByRole('button', { name: 'Choose folder…' }).click();
      await expect(page.getByRole('dialog', { name: 'Export the site' })).toBeVisible();
      expect(await seriousViolations(page), 'folder question').toEqual([]);
      await page.getByRole('dialog', { name: 'Export the site' }).getByRole('button', { name: 'Cancel' }).click();
      await page.keyboard.press('Escape');

      await app.open(`#/drama/${drama.id}/review`);
      await reviewEditor(page).story.fill('Mine.');
      const cli = openJournal(journal.path);
      cli.reviews.save({ dramaId: drama.id, grade: null, reviewer: { name: 'Jill', location: 'USA' }, intro: [], story: ['Theirs.'], closing: [], state: 'draft' });
      cli.close();
      await expect(page.getByRole('alert', { name: 'This review was changed in another window' })).toBeVisible();
      expect(await seriousViolations(page), 'conflict notice').toEqual([]);
    });
  }
});

