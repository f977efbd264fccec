import type { Page } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importReview } from '../../src-main/core/house-format/import';
import { readFixture } from '../fixtures/fixtures';
import { reviewEditor, seedForReview } from '../support/browser/editor-page';
import { expect, test } from '../support/browser/fixtures';
import { MOD, overflowsSideways, seriousViolations } from '../support/browser/page-checks';

/** Every file in the folder, `/`-separated, as the summary counts them. */
const filesIn = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));


/** Settings › Publishing, with its Add a target form open. */
async function openAddForm(page: Page) {
  const section = page.getByRole('region', { name: 'Publishing' });
  await section.getByRole('button', { name: 'Add a target…' }).click();
  const form = section.getByRole('form', { name: 'Add a target' });
  await expect(form).toBeVisible();
  return { section, form };
}


test.describe('publishing to a folder, with the desktop window', () => {
  // The test host holds the publish at a progress report, so the bar and Cancel can be seen mid-way.
  test.use({ transport: 'bridge' });

  test('a target added in Settings is published to from Import and export with progress and a summary; the next publish sends only what changed', async ({
    scratch,
    app,
    page,
    journal,
  }) => {
    importReview(journal.journal, readFixture('winter-letters.txt'));
    const folder = join(scratch(), 'site');
    await app.open('#/settings');
    await expect(page.getByRole('region', { name: 'Publishing' })).toContainText('No targets yet.');
    const { section, form } = await openAddForm(page);

    // A folder that is not a full path, and a name of two words: each refusal beside its field, nothing sent.
    await form.getByLabel('Name', { exact: true }).fill('my site');
    await form.getByLabel('Folder path').fill('Documents/site');
    await form.getByRole('button', { name: 'Add target' }).click();
    await expect(form.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/Name must be one word/);
    await expect(form.getByLabel('Folder path')).toHaveAccessibleDescription(/Give the folder as a full path/);
    await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
    expect(journal.journal.publishing.list()).toEqual([]);

    await form.getByLabel('Name', { exact: true }).fill('site');
    // The desktop's own folder dialog fills the path in (dismissing it leaves the field as it was).
    await form.getByRole('button', { name: 'Choose the folder…' }).click();
    await expect(form.getByLabel('Folder path')).toHaveValue('Documents/site');
    journal.host.answerFolder(folder);
    await form.getByRole('button', { name: 'Choose the folder…' }).click();
    await expect(form.getByLabel('Folder path')).toHaveValue(folder);
    await expect(form.getByText('Address:')).toContainText(`file://${folder}`);
    await form.getByRole('button', { name: 'Add target' }).click();
    await expect(form).toBeHidden();
    const item = section.getByRole('listitem').filter({ hasText: `file://${folder}` });
    await expect(item).toContainText('site');
    await expect(item).toContainText('Not published yet');
    await expect(item.getByRole('button', { name: /password for site/ }), 'a folder has no password').toHaveCount(0);

    // The same name again is refused by the core, beside the Name field.
    const again = await openAddForm(page);
    await again.form.getByLabel('Name', { exact: true }).fill('SITE');
    await again.form.getByLabel('Folder path').fill(`${folder}-2`);
    await again.form.getByRole('button', { name: 'Add target' }).click();
    await expect(again.form.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/You already publish to a target called site/);
    await again.form.getByRole('button', { name: 'Cancel' }).click();

    // Publish from Import and export: held at its first progress report, the bar and Cancel show.
    await page.getByRole('link', { name: 'Import & export' }).click();
    const panel = page.getByRole('region', { name: 'Publish' });
    await expect(panel).toContainText(`file://${folder}`);
    const release = journal.host.holdProgress();
    await expect(panel.getByRole('button', { name: /Publish/ }), 'one target: one Publish button').toHaveCount(1);
    await panel.getByRole('button', { name: /^Publish/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish' });
    await expect(dialog.getByRole('progressbar')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel publish' })).toBeEnabled();
    release();
    await expect(dialog).toContainText(/Published to site: \d+ uploaded, 0 deleted, 0 unchanged\./);
    const published = filesIn(folder);
    await expect(dialog).toContainText(`Published to site: ${published.length} uploaded`);
    expect(published).toEqual(expect.arrayContaining(['index.html', 'reviews/winter-letters.html']));
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(panel).toContainText(`${published.length} files`);

    // A second review, then Publish by its shortcut: only the new and changed files go.
    importReview(journal.journal, readFixture('night-market.txt'));
    await page.keyboard.press(`${MOD}+Shift+U`);
    await expect(dialog).toContainText(/Published to site: [1-9]\d* uploaded, 0 deleted, [1-9][\d,]* unchanged\./);
    expect(filesIn(folder)).toContain('reviews/night-market-detective.html');
    await dialog.getByRole('button', { name: 'Done' }).click();

    // Preview changes: nothing left to send, and nothing is written.
    await panel.getByRole('button', { name: 'Preview changes' }).click();
    const preview = page.getByRole('dialog', { name: 'Preview changes' });
    await expect(preview).toContainText(`site: 0 to upload, 0 to delete, ${filesIn(folder).length} unchanged.`);
    await expect(preview).toContainText('Nothing to send: site is up to date.');
    await preview.getByRole('button', { name: 'Done' }).click();

    // Removed in Settings, after a question: the published files stay where they are.
    await panel.getByRole('link', { name: 'Manage targets' }).click();
    await section.getByRole('button', { name: 'Remove site' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove site?' });
    await expect(confirm).toContainText('What was published there stays online');
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await expect(section).toContainText('No targets yet.');
    expect(journal.journal.publishing.list()).toEqual([]);
    expect(existsSync(join(folder, 'index.html'))).toBe(true);
  });

  test('Cancel stops a publish part-way and says what the next one does', async ({ scratch, app, page, journal }) => {
    importReview(journal.journal, readFixture('winter-letters.txt'));
    journal.journal.publishing.add({ name: 'site', url: `file://${join(scratch(), 'site')}`, keyFile: null });
    await app.open('#/data');
    const release = journal.host.holdProgress();
    await app.sendMenuCommand('publish');
    const dialog = page.getByRole('dialog', { name: 'Publish' });
    const cancelAnswered = journal.nextCallOf('tasks.cancel');
    await dialog.getByRole('button', { name: 'Cancel publish' }).click();
    await cancelAnswered;
    release();
    await expect(dialog.getByRole('status')).toContainText('cancelled');
    await expect(dialog.getByRole('progressbar')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('Publish to all goes on past a target that refuses, says why, and offers to publish to it alone', async ({ scratch, app, page, journal }) => {
    importReview(journal.journal, readFixture('winter-letters.txt'));
    const attic = join(scratch(), 'attic');
    mkdirSync(attic, { recursive: true });
    writeFileSync(join(attic, 'index.html'), 'my own home page');
    const site = join(scratch(), 'site');
    journal.journal.publishing.add({ name: 'attic', url: `file://${attic}`, keyFile: null });
    journal.journal.publishing.add({ name: 'site', url: `file://${site}`, keyFile: null });
    await app.open('#/data');
    await page.getByRole('region', { name: 'Publish' }).getByRole('button', { name: /^Publish to all/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish' });
    await expect(dialog).toContainText(/Published to site: [1-9]\d* uploaded, 0 deleted, 0 unchanged\./);
    await expect(dialog).toContainText('Publishing to attic stopped: attic already has files Dramalog did not publish where the site goes: index.html.');
    expect(filesIn(site)).toContain('index.html');
    expect(readFileSync(join(attic, 'index.html'), 'utf8'), 'a file of the user’s is never touched').toBe('my own home page');
    // Alone, the refusal gets the dialog's own explanation and next step.
    await dialog.getByRole('button', { name: 'Publish to attic alone' }).click();
    const alone = page.getByRole('dialog', { name: 'Publish to attic' });
    await expect(alone.getByRole('alert')).toContainText('Nothing was published.');
  });

  test('with nowhere to publish to, Publish says where to add a target', async ({ app, page }) => {
    await app.open('#/library');
    await app.sendMenuCommand('publish');
    const dialog = page.getByRole('dialog', { name: 'Publish' });
    await expect(dialog).toContainText('There is nowhere to publish to yet.');
    await dialog.getByRole('button', { name: 'Open Settings' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'Publishing' })).toContainText('No targets yet.');
  });
});

test.describe('publishing in a browser', () => {
  test('after Mark final the editor offers Publish now, which puts the review online', async ({ scratch, app, page, journal }) => {
    const folder = join(scratch(), 'site');
    journal.journal.publishing.add({ name: 'site', url: `file://${folder}`, keyFile: null });
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.intro.fill('A quiet ferry, a louder heart.');
    await editor.story.fill('Seo Yun crosses the river every night.');
    await editor.grade('A-').check();
    await editor.markFinal.click();
    const offer = page.getByRole('status').filter({ hasText: 'Marked final.' });
    await expect(offer.getByRole('button', { name: 'Update site' }), 'the folder export is still offered').toBeVisible();
    await offer.getByRole('button', { name: 'Publish now' }).click();
    await expect(offer).toBeHidden();
    const dialog = page.getByRole('dialog', { name: 'Publish' });
    await expect(dialog).toContainText(/Published to site: [1-9]\d* uploaded, 0 deleted, 0 unchanged\./);
    expect(readFileSync(join(folder, 'reviews', 'moonlit-ferry.html'), 'utf8')).toContain('A quiet ferry, a louder heart.');
  });

  test('each kind asks for its own parts of the address, a password is said to be kept by the server, and a bad one is refused beside its field', async ({
    app,
    page,
    journal,
  }) => {
    await app.open('#/settings');
    const { form } = await openAddForm(page);
    await form.getByLabel('Name', { exact: true }).fill('host');
    await form.getByRole('radio', { name: 'SFTP' }).check();
    await form.getByLabel('Server', { exact: true }).fill('example.com');
    await form.getByLabel('Port').fill('70000');
    await form.getByLabel('User').fill('jill');
    await form.getByLabel('Folder on the server').fill('/var/www/reviews');
    await expect(form.getByLabel('Password or key passphrase (optional)')).toHaveAccessibleDescription(/Kept by the Dramalog server until it stops/);
    await form.getByRole('button', { name: 'Add target' }).click();
    await expect(form.getByLabel('Port')).toHaveAccessibleDescription(/A number from 1 to 65535/);
    await expect(form.getByLabel('Port')).toBeFocused();

    await form.getByLabel('Port').fill('2222');
    await form.getByLabel('Password or key passphrase (optional)').fill('s3cret');
    await expect(form.getByText('Address:')).toContainText('sftp://jill@example.com:2222/var/www/reviews');
    await form.getByRole('button', { name: 'Add target' }).click();
    const item = page.getByRole('listitem').filter({ hasText: 'sftp://jill@example.com:2222/var/www/reviews' });
    await expect(item).toContainText('Password kept');
    expect(JSON.stringify(journal.journal.publishing.list()), 'the password is not in the journal').not.toContain('s3cret');

    // Git: a branch git would refuse is refused beside the Branch field.
    const git = await openAddForm(page);
    await git.form.getByLabel('Name', { exact: true }).fill('pages');
    await git.form.getByRole('radio', { name: 'Git' }).check();
    await git.form.getByLabel('Repository').fill('https://github.com/jill/reviews.git');
    await git.form.getByLabel('Branch').fill('gh pages');
    await git.form.getByRole('button', { name: 'Add target' }).click();
    await expect(git.form.getByLabel('Branch')).toHaveAccessibleDescription(/Git does not accept gh pages as a branch name/);
    await git.form.getByLabel('Branch').fill('gh-pages');
    await git.form.getByRole('button', { name: 'Add target' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'git+https://github.com/jill/reviews.git#gh-pages' })).toBeVisible();

    // Change password, then forget it.
    await item.getByRole('button', { name: 'Change password for host' }).click();
    await item.getByLabel('New password or passphrase for host').fill('another');
    await item.getByRole('button', { name: 'Save password' }).click();
    await expect(item.getByRole('status')).toHaveText('Password saved.');
    await item.getByRole('button', { name: 'Change password for host' }).click();
    await item.getByRole('button', { name: 'Forget password' }).click();
    await expect(item).toContainText('No password kept');
    await expect(item.getByRole('button', { name: 'Set password for host' }), 'with none kept, there is none to change').toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`Settings › Publishing and the Publish panel fit a phone and have no serious accessibility problems (${colorScheme})`, async ({ scratch, app, page, journal }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 390, height: 844 });
      importReview(journal.journal, readFixture('winter-letters.txt'));
      journal.journal.publishing.add({ name: 'site', url: `file://${join(scratch(), 'site')}`, keyFile: null });
      journal.journal.publishing.add({ name: 'host', url: 'sftp://jill@example.com/var/www/a-rather-long-folder-name/reviews', keyFile: null });
      await app.open('#/settings');
      const { form } = await openAddForm(page);
      await form.getByRole('radio', { name: 'SFTP' }).check();
      await form.getByRole('button', { name: 'Add target' }).click();
      await expect(form.getByLabel('User')).toHaveAccessibleDescription(/Give the user name/);
      expect(await seriousViolations(page), 'Settings › Publishing with errors').toEqual([]);
      expect(await overflowsSideways(page)).toBe(false);

      await app.open('#/data');
      await page.getByRole('region', { name: 'Publish' }).getByRole('button', { name: 'Publish to site' }).click();
      await expect(page.getByRole('dialog', { name: 'Publish to site' })).toContainText('Published to site:');
      expect(await seriousViolations(page), 'the summary').toEqual([]);
      expect(await overflowsSideways(page)).toBe(false);
    });
  }
});
