import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { importReview } from '../../src-main/core/house-format/import';
import { readFixture, readReference } from '../fixtures/fixtures';
import { reviewEditor, seedForReview } from '../support/browser/editor-page';
import { expect, test } from '../support/browser/fixtures';
import { MOD, overflowsSideways, seriousViolations } from '../support/browser/page-checks';

/** The HTML pages in the exported folder, as the summary should count them. */
const pagesIn = (site: string) => readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;


test.describe('publishing, with the desktop dialogs', () => {
  // The desktop's folder dialog, its browser and file manager are played by the test host: the in-page bridge.
  test.use({ transport: 'bridge' });

  test('the first Update site asks for the folder; the next ones (button, shortcut, menu) ask nothing; Open site and Show folder ask the host', async ({
    scratch,
    app,
    page,
    journal,
  }) => {
    importReview(journal.journal, readReference());
    const site = join(scratch(), 'site');
    await app.open('#/data');
    const panel = page.getByRole('region', { name: 'Your site' });
    await expect(panel).toContainText('No folder yet');

    // Update site is the screen's first and only primary button; the tracker import is secondary.
    const primary = page.locator('main .button--primary');
    await expect(primary.first()).toHaveText(/^Update site/);
    await expect(primary).toHaveCount(1);
    await expect(page.getByText(/dramalog load|dramalog export/)).toHaveCount(0);

    journal.host.answerFolder(site);
    await panel.getByRole('button', { name: /^Update site/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Update site' });
    await expect(dialog).toContainText('Your site has no folder yet: choose where it goes.');
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(dialog.getByText('Exported to')).toContainText(site);
    await expect(dialog).toContainText(`${pagesIn(site)} pages: `);
    await expect(dialog).toContainText('files written, 0 already up to date.');
    expect(journal.host.asked.filter((q) => q.kind === 'folder')).toHaveLength(1);

    await dialog.getByRole('button', { name: 'Open site' }).click();
    await expect.poll(() => journal.host.asked.at(-1)).toEqual({ kind: 'open-site', folder: site });
    await dialog.getByRole('button', { name: 'Show folder' }).click();
    await expect.poll(() => journal.host.asked.at(-1)).toEqual({ kind: 'show-folder', folder: site });
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    await expect(panel).toContainText(`In ${site}`);

    // A second review, then Update site by its shortcut: no question, only the new and changed pages.
    importReview(journal.journal, readFixture('winter-letters.txt'));
    await page.keyboard.press(`${MOD}+u`);
    await expect(dialog.getByText('Your site is up to date in')).toContainText(site);
    await expect(dialog).toContainText(`${pagesIn(site)} pages: `);
    expect(readdirSync(join(site, 'reviews')).sort()).toEqual(['soundtrack-2.html', 'winter-letters.html']);
    await dialog.getByRole('button', { name: 'Done' }).click();

    // And by the menu: nothing changed, nothing written.
    await app.sendMenuCommand('update-site');
    await expect(dialog).toContainText('0 files written');
    await dialog.getByRole('button', { name: 'Done' }).click();
    expect(journal.host.asked.filter((q) => q.kind === 'folder'), 'asked once in all').toHaveLength(1);
  });

  test('a remembered folder that was moved away is refused with the reason, and the folder is asked for again', async ({ scratch, app, page, journal }) => {
    importReview(journal.journal, readReference());
    const site = join(scratch(), 'site');
    journal.host.answerFolder(site);
    await app.open('#/data');
    await app.sendMenuCommand('update-site');
    const dialog = page.getByRole('dialog', { name: 'Update site' });
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();
    await dialog.getByRole('button', { name: 'Done' }).click();

    renameSync(site, `${site}-moved`);
    await app.sendMenuCommand('update-site');
    await expect(dialog.getByRole('alert')).toHaveText(
      `Not updated: your site's folder ${site} is not there any more (moved, renamed or deleted?); choose the folder for your site again`,
    );
    const elsewhere = join(site, '..', 'elsewhere');
    journal.host.answerFolder(elsewhere);
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(dialog.getByText('Exported to')).toContainText(elsewhere);
    expect(journal.journal.settings.sitePlace()).toEqual({ folder: elsewhere, includeDrafts: false });
    expect(readdirSync(`${site}-moved`), 'the moved site is left alone').toContain('index.html');
  });

  test('after Mark final the editor offers Update site, which publishes the review', async ({ scratch, app, page, journal }) => {
    const drama = seedForReview(journal);
    const site = join(scratch(), 'site');
    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.intro.fill('A quiet ferry, a louder heart.');
    await editor.story.fill('Seo Yun crosses the river every night.');
    await editor.grade('A-').check();
    await editor.markFinal.click();
    const offer = page.getByRole('status').filter({ hasText: 'Marked final.' });
    await expect(offer).toBeVisible();
    await expect(editor.intro, 'the offer is not a dialog: writing goes on').toBeEditable();

    // Back to draft takes the offer away; marking final again brings it back.
    await editor.backToDraft.click();
    await expect(offer).toBeHidden();
    await editor.markFinal.click();
    await expect(offer).toBeVisible();

    journal.host.answerFolder(site);
    await offer.getByRole('button', { name: 'Update site' }).click();
    await expect(offer).toBeHidden();
    const dialog = page.getByRole('dialog', { name: 'Update site' });
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(dialog.getByText('Exported to')).toContainText(site);
    expect(readFileSync(join(site, 'reviews', 'moonlit-ferry.html'), 'utf8')).toContain('A quiet ferry, a louder heart.');
  });

  test('Export This Review… says plainly that it makes a separate one-page site, not your site', async ({ app, page, journal }) => {
    const { dramaId } = importReview(journal.journal, readReference());
    await app.open(`#/drama/${dramaId}`);
    await page.keyboard.press(`${MOD}+e`);
    const dialog = page.getByRole('dialog', { name: 'Export the review of Soundtrack #2' });
    await expect(dialog).toContainText('This makes a separate one-page site');
    await expect(dialog).toContainText('Your site is not changed by this. The review is final, so Update site puts it on your site.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});

test.describe('publishing in a browser', () => {
  test('Update site asks for a folder on the server once; Open site opens the served site in a tab, Show folder gives the path to copy', async ({
    scratch,
    app,
    page,
    journal,
  }) => {
    importReview(journal.journal, readReference());
    const site = join(scratch(), 'site');
    await app.open('#/data');
    await page.keyboard.press(`${MOD}+k`);
    const palette = page.getByRole('dialog', { name: 'Commands' });
    await palette.getByRole('combobox', { name: 'Find a command' }).fill('update');
    await expect(palette.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Update site' });
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();
    const prompt = page.getByRole('dialog', { name: 'Export the site' });
    await prompt.getByLabel('Folder on the computer that runs Dramalog').fill(site);
    await prompt.getByRole('button', { name: 'Export here' }).click();
    await expect(dialog.getByText('Exported to')).toContainText(site);

    const opened = page.context().waitForEvent('page');
    await dialog.getByRole('button', { name: 'Open site' }).click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe('/site/');
    await expect(tab.getByRole('link', { name: 'Soundtrack #2' }).first()).toBeVisible();
    await tab.getByRole('link', { name: 'Soundtrack #2' }).first().click();
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Soundtrack #2');
    await tab.close();

    await dialog.getByRole('button', { name: 'Show folder' }).click();
    await expect(dialog.getByLabel('The site’s folder, on the computer that runs Dramalog')).toHaveValue(site);
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The second time, no question at all.
    await page.keyboard.press(`${MOD}+u`);
    await expect(dialog.getByText('Your site is up to date in')).toContainText(site);
    await expect(prompt).toBeHidden();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Your site, the export summary and the offer after Mark final fit a phone and have no serious accessibility problems (${colorScheme})`, async ({
    scratch,
    app,
    page,
    journal,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 390, height: 844 });
    importReview(journal.journal, readReference());
    const drama = seedForReview(journal);
    const site = join(scratch(), 'site');
    await app.open('#/data');
    await page.getByRole('button', { name: /^Update site/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Update site' });
    expect(await seriousViolations(page), 'the first question').toEqual([]);
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();
    await page.getByLabel('Folder on the computer that runs Dramalog').fill(site);
    await page.getByRole('button', { name: 'Export here' }).click();
    await dialog.getByRole('button', { name: 'Show folder' }).click();
    await expect(dialog.getByRole('textbox')).toHaveValue(site);
    expect(await seriousViolations(page), 'the summary').toEqual([]);
    expect(await overflowsSideways(page)).toBe(false);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('region', { name: 'Your site' }).getByRole('button', { name: 'Open site' })).toBeVisible();
    expect(await seriousViolations(page), 'Your site with its folder').toEqual([]);
    expect(await overflowsSideways(page)).toBe(false);

    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.intro.fill('A quiet ferry, a louder heart.');
    await editor.grade('A-').check();
    await editor.markFinal.click();
    await expect(page.getByRole('status').filter({ hasText: 'Marked final.' }).getByRole('button', { name: 'Update site' })).toBeInViewport();
    expect(await seriousViolations(page), 'the offer').toEqual([]);
    expect(await overflowsSideways(page)).toBe(false);
  });
}
