import AxeBuilder from '@axe-core/playwright';
import { expect, test, type DramalogApp } from '../support/browser/fixtures';
import type { Page } from '@playwright/test';
import { buildDump, serializeDump } from '../../src-main/core/transfer/dump';
import type { JournalUnderTest } from '../support/browser/journal-under-test';
import { addMoonlitFerry } from '../support/browser/moonlit-ferry';

const dumpOf = (journal: JournalUnderTest) => serializeDump(buildDump(journal.journal).dump);

function discardQuestion(page: Page) {
  return page.getByRole('dialog', { name: 'Discard changes?' });
}

async function keepEditing(page: Page) {
  const dialog = discardQuestion(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep editing' }), 'keep editing is the default').toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

test.describe('leaving a form with unsaved changes', () => {
  test('the nav, the Add drama button, back, a menu command and Cancel ask first; keep editing keeps what was typed', async ({ app, page }) => {
    await app.open('#/library');
    await page.getByRole('banner').getByRole('button', { name: 'Add drama' }).click();
    const title = page.getByLabel('English title');
    await title.fill('Half-typed drama');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await keepEditing(page);
    await expect(page).toHaveURL(/#\/new$/);
    await expect(title).toHaveValue('Half-typed drama');
    await page.getByRole('banner').getByRole('button', { name: 'Add drama' }).click(); // already there: nothing to ask
    await expect(discardQuestion(page)).toHaveCount(0);

    await page.goBack();
    await keepEditing(page);
    await expect(page).toHaveURL(/#\/new$/);
    await expect(title).toHaveValue('Half-typed drama');

    await app.sendMenuCommand('open-settings');
    await keepEditing(page);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await keepEditing(page);
    await expect(title).toHaveValue('Half-typed drama');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statistics' }).click();
    await discardQuestion(page).getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
    await expect(page).toHaveURL(/#\/stats$/);
  });

  test('a form with nothing typed, or just saved, leaves without a question', async ({ app, page, journal }) => {
    await app.open('#/new');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

    const drama = addMoonlitFerry(journal);
    await app.open(`#/drama/${drama.id}/edit`);
    await page.getByLabel('English title').fill('Moonlit Ferry (2024)');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Moonlit Ferry (2024)' })).toBeVisible();
    await expect(discardQuestion(page)).toHaveCount(0);
  });

  test('settings and a half-written note ask too; closing the browser tab asks the browser\'s question', async ({ app, page, journal }) => {
    const drama = addMoonlitFerry(journal);
    await app.open('#/settings');
    await page.getByLabel('Site title').fill('My new title');
    await page.getByRole('link', { name: 'Home' }).first().click();
    await keepEditing(page);
    await expect(page.getByLabel('Site title')).toHaveValue('My new title');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await discardQuestion(page).getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

    // Saved settings (trimmed by the core) are nothing unsaved: leaving asks nothing.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Reviewer name').fill('  Jill  ');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await expect(page.getByLabel('Reviewer name')).toHaveValue('Jill');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(discardQuestion(page)).toHaveCount(0);

    await app.open(`#/drama/${drama.id}`);
    await page.getByLabel('New note').fill('Episode 3 was');
    await page.getByRole('link', { name: 'Edit' }).click();
    await keepEditing(page);
    await expect(page.getByLabel('New note')).toHaveValue('Episode 3 was');

    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
  });
});

async function undoFromNotice(page: Page, message: string | RegExp) {
  const notice = page.getByText(message);
  await expect(notice).toBeVisible();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo, 'Undo takes focus, so the keyboard reaches it at once').toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
}

async function fullDrama(app: DramalogApp) {
  const { journal } = app;
  const drama = addMoonlitFerry(journal, { watch: { status: 'completed', startedOn: '2025-01-02', finishedOn: '2025-01-20' } });
  const j = journal.journal;
  j.transaction(() => {
    j.reviews.save({ dramaId: drama.id, grade: 'B+', reviewer: { name: 'Jill', location: 'USA' }, intro: ['Lovely.'], story: ['A ferry.'], closing: [], state: 'draft' });
    j.notes.add({ dramaId: drama.id, episode: 3, text: 'The storm scene.' });
    j.notes.add({ dramaId: drama.id, episode: null, text: 'Rewatch in winter.' });
    j.cast.addMany({ dramaId: drama.id, members: [{ actor: 'Kim Soo Hyun', role: 'lead' }, { actor: 'Kim Ji Won', role: 'lead' }, { actor: 'Park Sung Hoon' }] });
    const list = j.lists.create({ name: 'Comfort rewatches' });
    j.lists.add({ listId: list.id, dramaId: drama.id, note: 'For rainy days' });
  });
  return drama;
}

test.describe('undo after deleting', () => {
  test('a deleted drama comes back whole with Undo, and the journal is as it was', async ({ app, page, journal }) => {
    const drama = await fullDrama(app);
    const before = dumpOf(journal);
    await app.open(`#/drama/${drama.id}`);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete drama' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    expect(journal.journal.dramas.count()).toBe(0);

    await undoFromNotice(page, 'Deleted “Moonlit Ferry”.');
    await expect(page.getByRole('heading', { level: 1, name: 'Moonlit Ferry' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cast' })).toContainText('Kim Ji Won');
    expect(dumpOf(journal)).toBe(before);
  });

  test('a note and a cast member come back with Undo, in their places', async ({ app, page, journal }) => {
    const drama = await fullDrama(app);
    const before = dumpOf(journal);
    await app.open(`#/drama/${drama.id}`);

    await page.getByRole('button', { name: 'Delete note on episode 3' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete note' }).click();
    await expect(page.getByText('The storm scene.')).toHaveCount(0);
    await undoFromNotice(page, 'Deleted the note on episode 3.');
    await expect(page.getByText('The storm scene.')).toBeVisible();

    const cast = page.getByRole('region', { name: 'Cast' });
    await cast.getByRole('button', { name: 'Remove Kim Ji Won from the cast' }).click();
    await expect(cast).not.toContainText('Kim Ji Won');
    await undoFromNotice(page, 'Removed Kim Ji Won from the cast.');
    await expect(cast.getByRole('listitem')).toHaveText([/^Kim Soo Hyun/, /^Kim Ji Won/, /^Park Sung Hoon/]);
    expect(dumpOf(journal)).toBe(before);
  });

  test('the offer goes by itself after a few seconds, leaving the delete in place', async ({ app, page, journal }) => {
    const drama = addMoonlitFerry(journal);
    journal.journal.notes.add({ dramaId: drama.id, episode: null, text: 'Short-lived.' });
    await app.open(`#/drama/${drama.id}`);
    await page.getByRole('button', { name: /^Delete note/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete note' }).click();
    const notice = page.getByText('Deleted the note on the whole drama.');
    await expect(notice).toBeVisible();
    await page.getByLabel('New note').focus(); // away from the notice: its time runs
    await expect(notice).toHaveCount(0, { timeout: 15_000 });
    expect(journal.journal.dramas.get(drama.id).notes).toEqual([]);
  });
});

test.describe('the desktop window closing with unsaved changes', () => {
  // The in-page bridge stands for the desktop app: there the window closes silently if nothing asks.
  test.use({ transport: 'bridge' });

  test('the page refuses to unload and asks "Discard changes?" itself; keep editing keeps the text', async ({ app, page }) => {
    await app.open('#/library');
    await page.getByRole('banner').getByRole('button', { name: 'Add drama' }).click();
    await page.getByLabel('English title').fill('Typed before closing');
    // Chromium shows its own question too (Electron does not): dismissing it is the window staying open.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.close({ runBeforeUnload: true });
    await keepEditing(page);
    await expect(page.getByLabel('English title')).toHaveValue('Typed before closing');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the discard question and the Undo notice have no serious accessibility problems (${colorScheme})`, async ({ app, page, journal }) => {
    await page.emulateMedia({ colorScheme });
    const drama = addMoonlitFerry(journal);
    journal.journal.notes.add({ dramaId: drama.id, episode: null, text: 'To delete.' });
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);

    await app.open(`#/drama/${drama.id}`);
    await page.getByRole('button', { name: /^Delete note/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete note' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    expect(await serious(), 'the Undo notice').toEqual([]);

    await page.getByLabel('New note').fill('Half a note');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await expect(discardQuestion(page)).toBeVisible();
    expect(await serious(), 'the discard question').toEqual([]);
  });
}
