import { expect, type Locator, type Page } from '@playwright/test';
import type { JournalUnderTest } from './journal-under-test';

/** Three dramas to put in lists, as the user would have them in the library. */
export function seedDramasForLists(journal: JournalUnderTest): { id: number; title: string }[] {
  const make = (title: string, nativeTitle: string, year: number) =>
    journal.journal.dramas.create({ title, nativeTitle, platforms: ['Netflix'], aired: { year, month: 3 }, episodes: 12, genres: ['Romance'] });
  return [make('Soundtrack #2', '사운드트랙 #2', 2023), make('Moonlit Ferry', '달빛 나루', 2024), make('Tears of War', '눈물의 전쟁', 2022)];
}

/** A list's page as the user meets it. */
export function listPage(page: Page) {
  const items = page.getByRole('list', { name: /^Dramas in / }).getByRole('listitem');
  return {
    items,
    /** The titles in the order shown, numbered as shown. */
    async order(): Promise<string[]> {
      return items.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
    },
    item(title: string): Locator {
      return items.filter({ has: page.getByRole('link', { name: title, exact: true }) });
    },
  };
}

/** On a drama's screen: adds it to the named list and waits until the screen says it is in. */
export async function addToList(page: Page, dramaId: number, listName: string): Promise<void> {
  await page.goto(new URL(`#/drama/${dramaId}`, page.url()).href);
  const panel = page.getByRole('region', { name: 'Lists' });
  await panel.getByLabel('List', { exact: true }).selectOption({ label: listName });
  await panel.getByRole('button', { name: 'Add to list' }).click();
  await expect(panel.getByRole('link', { name: listName })).toBeVisible();
}
