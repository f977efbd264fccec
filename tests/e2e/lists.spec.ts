import { mkdirSync } from 'node:fs';
import { expect, test } from '../support/browser/fixtures';
import { seriousViolations } from '../support/browser/page-checks';
import { addToList, listPage, seedDramasForLists } from '../support/browser/lists-page';

const SHOTS = '/tmp/shots-h12';


test.describe('lists', () => {
  test('make a list, add two dramas from their screens, and reorder them by keyboard', async ({ app, page, journal }) => {
    const [soundtrack, ferry] = seedDramasForLists(journal);
    await app.open('#/lists');
    await expect(page.getByRole('heading', { level: 1, name: 'Lists' })).toBeVisible();
    await expect(page.getByText('No lists yet.')).toBeVisible();

    // A nameless list is refused in plain words, and nothing is made.
    await page.getByRole('button', { name: 'Make list' }).click();
    await expect(page.getByRole('alert')).toHaveText('name is required');
    expect(journal.journal.lists.all()).toEqual([]);

    await page.getByLabel('Name').fill('Comfort rewatches');
    await page.getByLabel('Description').fill('For rainy days.');
    await page.getByRole('button', { name: 'Make list' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Comfort rewatches' })).toBeVisible();
    await expect(page.getByText('private')).toBeVisible();

    await addToList(page, soundtrack!.id, 'Comfort rewatches');
    await addToList(page, ferry!.id, 'Comfort rewatches');
    await page.getByRole('region', { name: 'Lists' }).getByRole('link', { name: 'Comfort rewatches' }).click();
    const list = listPage(page);
    await expect(list.items).toHaveCount(2);
    expect(await list.order()).toEqual(['1. Soundtrack #2', '2. Moonlit Ferry']);

    // Alt+↑ on the focused second drama moves it first; the move is announced and focus stays on it.
    await list.item('Moonlit Ferry').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(list.items.first()).toHaveAttribute('aria-label', '1. Moonlit Ferry');
    await expect(page.getByText('Moonlit Ferry moved to position 1 of 2.')).toBeVisible();
    await expect(list.item('Moonlit Ferry')).toBeFocused();

    // The Move down button does the same from the other side.
    await page.getByRole('button', { name: 'Move Moonlit Ferry down' }).click();
    await expect(list.items.first()).toHaveAttribute('aria-label', '1. Soundtrack #2');
    // At the bottom its Move down button cannot act, so focus is on the drama itself, ready for Alt+↑.
    await expect(list.item('Moonlit Ferry')).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(list.items.first()).toHaveAttribute('aria-label', '1. Moonlit Ferry');

    // A note per item, kept in the journal.
    await page.getByLabel('Note on Soundtrack #2').fill('The duet in episode 3.');
    await list.item('Soundtrack #2').getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByText('Note on Soundtrack #2 saved.')).toBeVisible();

    // What the user arranged is what the journal holds after a restart.
    await app.restart();
    expect(await list.order()).toEqual(['1. Moonlit Ferry', '2. Soundtrack #2']);
    await expect(page.getByLabel('Note on Soundtrack #2')).toHaveValue('The duet in episode 3.');
    const stored = journal.journal.lists.get(journal.journal.lists.all()[0]!.id);
    expect(stored.items.map((i) => [i.title, i.note])).toEqual([
      ['Moonlit Ferry', ''],
      ['Soundtrack #2', 'The duet in episode 3.'],
    ]);
  });

  test('reorder by dragging, rename, mark public and delete a list', async ({ app, page, journal }) => {
    const dramas = seedDramasForLists(journal);
    const made = journal.journal.lists.create({ name: 'Best of 2025' });
    for (const drama of dramas) journal.journal.lists.add({ listId: made.id, dramaId: drama.id });
    await app.open(`#/lists/${made.id}`);
    const list = listPage(page);
    await list.item('Tears of War').dragTo(list.item('Soundtrack #2'));
    await expect(list.items.first()).toHaveAttribute('aria-label', '1. Tears of War');
    expect(journal.journal.lists.get(made.id).items.map((i) => i.title)).toEqual(['Tears of War', 'Soundtrack #2', 'Moonlit Ferry']);

    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Name').fill('Best of the year');
    await page.getByLabel('Public').check();
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Best of the year' })).toBeVisible();
    await expect(page.locator('.screen__subtitle')).toHaveText('3 dramas · public, published with the site');
    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByLabel('Public')).toBeChecked();
    await expect(page.getByLabel('Public')).toHaveAccessibleDescription(/A public list is published with your site at its next export/);
    await page.getByRole('button', { name: 'Edit details' }).click();
    expect(journal.journal.lists.get(made.id)).toMatchObject({ name: 'Best of the year', public: true });

    await page.getByRole('button', { name: 'Delete list' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete list' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lists' })).toBeVisible();
    expect(journal.journal.lists.all()).toEqual([]);
    expect(journal.journal.dramas.count()).toBe(3);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the Lists screen, a list's page and the drama screen's Lists panel are free of serious accessibility problems (${colorScheme})`, async ({
      app,
      page,
      journal,
    }) => {
      mkdirSync(SHOTS, { recursive: true });
      await page.emulateMedia({ colorScheme });
      const dramas = seedDramasForLists(journal);
      const comfort = journal.journal.lists.create({ name: 'Comfort rewatches', description: 'For rainy days, with tea.' });
      journal.journal.lists.create({ name: 'Best of 2025', public: true });
      for (const drama of dramas) journal.journal.lists.add({ listId: comfort.id, dramaId: drama.id, note: drama.id === 1 ? 'The duet in episode 3.' : '' });
      const screens: [string, string][] = [
        ['lists', '#/lists'],
        ['list', `#/lists/${comfort.id}`],
        ['drama', `#/drama/${dramas[0]!.id}`],
      ];
      for (const [name, route] of screens) {
        for (const width of [1280, 720, 390]) {
          await page.setViewportSize({ width, height: 900 });
          await app.open(route);
          expect(await seriousViolations(page), `${name} at ${width}px`).toEqual([]);
          await page.screenshot({ path: `${SHOTS}/${name}-${width}-${colorScheme}.png`, fullPage: true });
        }
      }
    });
  }
});
