import type { Page } from '@playwright/test';
import { expect, test } from '../support/browser/fixtures';
import { addMoonlitFerry } from '../support/browser/moonlit-ferry';

/** How far the home screen's content reaches past the window's right edge (the app header is measured by its own tests). */
const contentOverflow = (page: Page) =>
  page.evaluate(() => {
    const right = Math.max(...[...document.querySelectorAll('main *')].map((element) => element.getBoundingClientRect().right));
    return Math.max(0, Math.ceil(right - document.documentElement.clientWidth));
  });

test.describe('the home screen', () => {
  test('is where the app starts, lists a drama being watched, and +1 episode moves it on and saves it', async ({ app, page, journal }) => {
    const ferry = addMoonlitFerry(journal, { watch: { status: 'watching', episodesWatched: 4 } });
    const almost = addMoonlitFerry(journal, { title: 'Last Train', nativeTitle: '막차', episodes: 6, watch: { status: 'watching', episodesWatched: 5 } });
    addMoonlitFerry(journal, { title: 'Planned One', nativeTitle: '계획' });

    await app.open('');
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    const watching = page.getByRole('region', { name: 'Continue watching' });
    await expect(watching.getByRole('listitem')).toHaveCount(2);
    await expect(watching).not.toContainText('Planned One');
    const ferryItem = watching.getByRole('listitem').filter({ hasText: 'Moonlit Ferry' });
    await expect(ferryItem).toContainText('Episode 4 of 12');

    await ferryItem.getByRole('button', { name: '+1 episode of Moonlit Ferry' }).click();
    await expect(ferryItem).toContainText('Episode 5 of 12');
    await expect(ferryItem.getByRole('progressbar')).toHaveAttribute('value', '5');
    expect(journal.journal.dramas.get(ferry.id).watch.episodesWatched).toBe(5);

    // The last episode completes the drama: it leaves "Continue watching" for "Recently finished".
    await watching.getByRole('button', { name: '+1 episode of Last Train' }).click();
    await expect(watching.getByRole('listitem')).toHaveCount(1);
    const finished = page.getByRole('region', { name: 'Recently finished' });
    await expect(finished.getByRole('listitem').filter({ hasText: 'Last Train' })).toBeVisible();
    await expect(finished.getByRole('link', { name: 'Write a review of Last Train' })).toBeVisible();
    expect(journal.journal.dramas.get(almost.id).watch.status).toBe('completed');

    // It stays so after a fresh start.
    await app.restart();
    await expect(page.getByRole('region', { name: 'Continue watching' }).getByRole('listitem')).toContainText('Episode 5 of 12');
  });

  test('a draft review appears under drafts and opens the editor; the library says draft or final', async ({ app, page, journal }) => {
    const draft = addMoonlitFerry(journal, { watch: { status: 'completed' } });
    journal.journal.reviews.save({
      dramaId: draft.id,
      grade: 'B+',
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['Half a thought about the ferry.'],
      story: [],
      closing: [],
      state: 'draft',
    });
    const done = addMoonlitFerry(journal, { title: 'Winter Letters', nativeTitle: '겨울 편지', watch: { status: 'completed' } });
    journal.journal.reviews.save({
      dramaId: done.id,
      grade: 'A',
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['Done.'],
      story: ['All of it.'],
      closing: ['Watch it.'],
      state: 'final',
    });

    await app.open('#/home');
    const drafts = page.getByRole('region', { name: 'Drafts in progress' });
    await expect(drafts.getByRole('listitem')).toHaveCount(1);
    await drafts.getByRole('link', { name: 'Moonlit Ferry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit review' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Intro', exact: true })).toHaveValue('Half a thought about the ferry.');

    await app.open('#/library');
    await expect(page.getByRole('columnheader', { name: 'Review' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Moonlit Ferry/ }).getByRole('cell').filter({ hasText: /^Draft$/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Winter Letters/ }).getByRole('cell').filter({ hasText: /^Final$/ })).toBeVisible();
  });

  test('an empty journal offers to add a drama; the screen fits a phone', async ({ app, page, journal }) => {
    await app.open('#/home');
    await expect(page.getByText('Your journal is empty.')).toBeVisible();
    addMoonlitFerry(journal, { watch: { status: 'watching', episodesWatched: 1 } });
    await page.setViewportSize({ width: 390, height: 800 });
    await app.reload();
    const step = page.getByRole('button', { name: '+1 episode of Moonlit Ferry' });
    await expect(step).toBeVisible();
    await expect(step).toBeInViewport();
    expect(await contentOverflow(page)).toBe(0);
  });
});
