import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { JournalUnderTest } from './journal-under-test';
import { addMoonlitFerry } from './moonlit-ferry';

/** A real 1×1 PNG, for pictures the tests add. */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A journal signed by Jill from the USA, holding Moonlit Ferry, watched to the end and without a review. */
export function seedForReview(journal: JournalUnderTest) {
  journal.journal.settings.update({ reviewerName: 'Jill', reviewerLocation: 'USA' });
  return addMoonlitFerry(journal, { watch: { status: 'completed' } });
}

/** The review editor as a user sees it: found by visible labels and roles. */
export function reviewEditor(page: Page) {
  const text = (name: string) => page.getByRole('textbox', { name, exact: true });
  const preview = page.getByTestId('review-preview');
  return {
    intro: text('Intro'),
    story: text('The Story'),
    closing: text('Closing'),
    title: page.getByLabel('English title', { exact: true }),
    nativeTitle: page.getByLabel('Korean title', { exact: true }),
    reviewerName: page.getByLabel('Reviewer name', { exact: true }),
    reviewerLocation: page.getByLabel('Reviewer location', { exact: true }),
    grade: (grade: string) => page.getByRole('radio', { name: grade, exact: true }),
    markFinal: page.getByRole('button', { name: 'Mark final' }),
    backToDraft: page.getByRole('button', { name: 'Back to draft' }),
    earlierVersions: page.getByRole('button', { name: 'Earlier versions…' }),
    addPicture: (section: 'intro' | 'story' | 'closing') => page.getByRole('button', { name: `Add picture to the ${section}` }),
    altText: (n: number) => page.getByLabel(`Alt text for picture ${n}`),
    /** The folding panel of the drama's details (titles, platforms, aired, episodes, genres). */
    details: page.locator('details', { has: page.getByText('Drama details', { exact: true }) }),
    preview,
    wordCount: page.getByTestId('word-count'),
    saved: page.getByRole('status').filter({ hasText: /^Saved$/ }),

    /** The preview's visible text, one line per block, blank lines dropped. */
    async previewLines(): Promise<string[]> {
      const lines = await preview.evaluate((element) => (element as HTMLElement).innerText);
      return lines
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    },

    /** Unfolds the drama's details, which start folded once they are all filled in. */
    async openDetails() {
      const details = page.locator('details', { has: page.getByText('Drama details', { exact: true }) });
      if (!(await details.evaluate((element: HTMLDetailsElement) => element.open))) await page.getByText('Drama details', { exact: true }).click();
      await expect(page.getByLabel('English title', { exact: true })).toBeVisible();
    },

    async expectSaved() {
      await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    },
  };
}

/** Presses Tab (or Shift+Tab) until the focused element has this accessible name; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, options: { back?: boolean; limit?: number } = {}): Promise<void> {
  const limit = options.limit ?? 60;
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reachable with ${limit} presses of Tab`).toBeFocused();
}
