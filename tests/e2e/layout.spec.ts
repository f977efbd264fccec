import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browser/fixtures';
import { reviewEditor, seedForReview } from '../support/browser/editor-page';
import { seedKnownJournal } from '../support/browser/known-journal';
import type { JournalUnderTest } from '../support/browser/journal-under-test';

/** The window widths the app must work at: a laptop, a half screen, the window's minimum, a phone. */
const WIDTHS = [1280, 900, 720, 390] as const;
/** Below this the screens fold behind the Menu button. */
const NAV_FOLDS_BELOW = 1200;

/** The known journal, and a review in progress for the editor. */
function seedScreens(journal: JournalUnderTest) {
  const known = seedKnownJournal(journal);
  const review = seedForReview(journal);
  journal.journal.reviews.save({
    dramaId: review.id,
    grade: 'B+',
    reviewer: { name: 'Jill', location: 'USA' },
    intro: ['A first paragraph of the intro.'],
    story: ['What happens.'],
    closing: ['Closing words.'],
    state: 'draft',
  });
  return { drama: known.first, review: review.id };
}

function screens(ids: { drama: number; review: number }): [string, string][] {
  return [
    ['library', '#/library'],
    ['drama screen', `#/drama/${ids.drama}`],
    ['add form', '#/new'],
    ['edit form', `#/drama/${ids.drama}/edit`],
    ['review editor', `#/drama/${ids.review}/review`],
    ['statistics', '#/stats'],
    ['diary', '#/diary'],
    ['actors', '#/actors'],
    ['search', '#/search'],
    ['import and export', '#/data'],
    ['settings', '#/settings'],
  ];
}

const overflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

/** Whether the element's box lies wholly inside the window's width and is drawn. */
async function insideViewport(page: Page, name: string, box: { x: number; y: number; width: number; height: number } | null) {
  const width = page.viewportSize()!.width;
  expect(box, `${name} is drawn`).not.toBeNull();
  expect(box!.x, `${name} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${name} ends inside the window`).toBeLessThanOrEqual(width);
}

test.describe('every window size', () => {
  for (const width of WIDTHS) {
    test(`at ${width} px no screen scrolls sideways and the header's actions are in view`, async ({ app, page, journal }) => {
      await page.setViewportSize({ width, height: 800 });
      const ids = seedScreens(journal);
      for (const [name, route] of screens(ids)) {
        await app.open(route);
        expect(await overflow(page), `${name} at ${width} px: nothing wider than the window`).toBeLessThanOrEqual(0);

        const header = page.getByRole('banner');
        const add = header.getByRole('button', { name: 'Add drama' });
        await expect(add).toBeVisible();
        await insideViewport(page, `"Add drama" on the ${name}`, await add.boundingBox());
        const menu = header.getByRole('button', { name: 'Menu' });
        const nav = page.getByRole('navigation', { name: 'Main' });
        if (width < NAV_FOLDS_BELOW) {
          await expect(menu).toBeVisible();
          await insideViewport(page, `the menu button on the ${name}`, await menu.boundingBox());
          await expect(nav.getByRole('link', { name: 'Statistics' })).toBeHidden();
        } else {
          await expect(menu).toBeHidden();
          await expect(nav.getByRole('link', { name: 'Statistics' })).toBeVisible();
        }
        // One row: the header is as tall at every width.
        expect((await header.boundingBox())!.height, `the header on the ${name} stays one row`).toBeLessThan(70);
      }
    });
  }

  for (const width of [720, 390]) {
    test(`at ${width} px the screens open from the Menu button, which says whether it is open`, async ({ app, page }) => {
      await page.setViewportSize({ width, height: 800 });
      await app.open('#/library');
      const menu = page.getByRole('button', { name: 'Menu' });
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');

      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      for (const name of ['Library', 'Diary', 'Search', 'Actors', 'Statistics', 'Import & export', 'Settings']) {
        const link = nav.getByRole('link', { name });
        await expect(link).toBeVisible();
        await insideViewport(page, `the ${name} link`, await link.boundingBox());
      }
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      await nav.getByRole('link', { name: 'Statistics' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
      await expect(menu, 'going to a screen folds the menu').toHaveAttribute('aria-expanded', 'false');
      await expect(nav.getByRole('link', { name: 'Search' })).toBeHidden();

      await menu.click();
      await page.keyboard.press('Escape');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(menu, 'Escape hands focus back to the button').toBeFocused();
    });
  }
});

test.describe('the review editor', () => {
  for (const width of [1280, 720, 390]) {
    test(`at ${width} px its toolbar stays in view while the review scrolls`, async ({ app, page, journal }) => {
      await page.setViewportSize({ width, height: 700 });
      const ids = seedScreens(journal);
      await app.open(`#/drama/${ids.review}/review`);
      const editor = reviewEditor(page);
      await editor.closing.fill(Array.from({ length: 30 }, (_, i) => `Closing paragraph ${i + 1}, long enough to fill the window.`).join('\n\n'));
      await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);

      const headerBottom = (await page.getByRole('banner').boundingBox())!.height;
      for (const button of [editor.markFinal, page.getByRole('link', { name: 'Done' })]) {
        await expect(button).toBeVisible();
        const box = (await button.boundingBox())!;
        expect(box.y, 'below the app header, not under it').toBeGreaterThanOrEqual(headerBottom - 1);
        expect(box.y + box.height).toBeLessThanOrEqual(700);
        await insideViewport(page, 'the toolbar button', box);
      }
      await expect(page.getByRole('status').filter({ hasText: /^(Saved|Saving…)$/ })).toBeInViewport();
    });
  }

  test('puts the writing first: the grade and the sections above the drama’s details, which start folded', async ({ app, page, journal }) => {
    const ids = seedScreens(journal);
    await app.open(`#/drama/${ids.review}/review`);
    const editor = reviewEditor(page);
    await expect(editor.intro).toBeInViewport();
    await expect(editor.grade('B+')).toBeInViewport();
    const top = async (locator: ReturnType<typeof page.locator>) => (await locator.boundingBox())!.y;
    expect(await top(editor.grade('B+'))).toBeLessThan(await top(editor.intro));
    expect(await top(editor.closing)).toBeLessThan(await top(editor.details));

    await expect(editor.title, 'filled-in details start folded').toBeHidden();
    await expect(editor.details).toContainText('Netflix / tvN (Mar. 2024) 12 Episodes');
    await editor.openDetails();
    await expect(editor.title).toHaveValue('Moonlit Ferry');
  });

  test('a refused "Mark final" shows under the toolbar, not in it, and focus goes to the grade', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.intro.fill('Not sure yet.');
    await editor.markFinal.click();
    const refusal = page.getByRole('alert');
    await expect(refusal).toHaveText('Not marked final: Grade is required before a review can be final');
    const button = (await editor.markFinal.boundingBox())!;
    const row = (await refusal.boundingBox())!;
    expect(row.y, 'the refusal is a row of its own under the buttons').toBeGreaterThanOrEqual(button.y + button.height);
    await expect(page.getByRole('group', { name: 'Grade' }).getByRole('radio').and(page.locator(':focus'))).toHaveCount(1);
    await expect(refusal).toBeInViewport();
  });

  test('side by side where there is room; Write and Preview take turns where there is not', async ({ app, page, journal }) => {
    const ids = seedScreens(journal);
    const editor = reviewEditor(page);
    const write = page.getByRole('button', { name: 'Write', exact: true });
    const preview = page.getByRole('button', { name: 'Preview', exact: true });

    for (const width of [1280, 900]) {
      await page.setViewportSize({ width, height: 800 });
      await app.open(`#/drama/${ids.review}/review`);
      await expect(editor.intro).toBeVisible();
      await expect(editor.preview).toBeVisible();
      const form = (await editor.intro.boundingBox())!;
      const paper = (await editor.preview.boundingBox())!;
      expect(paper.x, `at ${width} px the preview is beside the writing`).toBeGreaterThan(form.x + form.width);
      await expect(write).toBeHidden();
    }

    for (const width of [720, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await app.open(`#/drama/${ids.review}/review`);
      await expect(write).toHaveAttribute('aria-pressed', 'true');
      await expect(editor.intro).toBeVisible();
      await expect(editor.preview).toBeHidden();
      await preview.click();
      await expect(preview).toHaveAttribute('aria-pressed', 'true');
      await expect(editor.preview).toBeVisible();
      await expect(editor.preview).toContainText('A first paragraph of the intro.');
      await expect(editor.intro).toBeHidden();
      await write.click();
      await expect(editor.intro).toBeVisible();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    }
  });

  test('in a dark window the preview is a dimmed paper, not a bright page', async ({ app, page, journal }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const ids = seedScreens(journal);
    await app.open(`#/drama/${ids.review}/review`);
    const editor = reviewEditor(page);
    const lightness = await page.locator('.editor-preview').evaluate((element) => {
      const [r, g, b] = getComputedStyle(element).backgroundColor.match(/\d+/g)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    });
    expect(lightness).toBeLessThan(0.3);
    await expect(editor.preview).toContainText('A first paragraph of the intro.');
  });
});

test.describe('on a phone', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the folded menu and the editor's Write / Preview are free of serious accessibility problems (${colorScheme})`, async ({ app, page, journal }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 390, height: 800 });
      const ids = seedScreens(journal);
      const serious = async () =>
        (await new AxeBuilder({ page }).analyze()).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

      await app.open('#/library');
      await page.getByRole('button', { name: 'Menu' }).click();
      expect(await serious(), 'library with the menu open').toEqual([]);

      await app.open(`#/drama/${ids.review}/review`);
      expect(await serious(), 'editor, writing').toEqual([]);
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      expect(await serious(), 'editor, preview').toEqual([]);
    });
  }
});

test.describe('statistics', () => {
  for (const width of [1280, 390]) {
    test(`at ${width} px the month chart opens on the latest months and the year chart fills its card`, async ({ app, page, journal }) => {
      await page.setViewportSize({ width, height: 800 });
      seedKnownJournal(journal);
      // Finished four years before the others: many months, more than any card shows at once.
      journal.journal.dramas.create({
        title: 'Old Harbor',
        nativeTitle: '옛 항구',
        platforms: ['KBS'],
        genres: ['Drama'],
        episodes: 16,
        aired: { year: 2019, month: 1 },
        watch: { status: 'completed', episodesWatched: 16, finishedOn: '2019-02-01' },
      });
      await app.open('#/stats');
      const months = page.getByRole('group', { name: 'Dramas finished per month, chart' });
      const scroll = await months.evaluate((element) => ({ left: element.scrollLeft, width: element.clientWidth, total: element.scrollWidth }));
      expect(scroll.total, 'the months are more than the card shows').toBeGreaterThan(scroll.width);
      expect(scroll.left + scroll.width, 'scrolled to the latest month').toBeGreaterThanOrEqual(scroll.total - 1);

      const years = page.getByRole('group', { name: 'Dramas finished per year, chart' });
      const fill = await years.evaluate((element) => element.querySelector('svg')!.getBoundingClientRect().width / element.clientWidth);
      expect(fill, 'the year chart spreads over its card').toBeGreaterThan(0.9);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('one visual language', () => {
  test('inputs, selects and buttons are one height, and controls in a row sit level', async ({ app, page }) => {
    await app.open('#/new');
    const height = async (locator: ReturnType<typeof page.locator>) => (await locator.boundingBox())!.height;
    const title = page.getByLabel('English title', { exact: true });
    const month = page.getByLabel('Month', { exact: true });
    const episodes = page.getByLabel('Episodes', { exact: true });
    const save = page.getByRole('button', { name: 'Save', exact: true });
    const add = page.getByRole('banner').getByRole('button', { name: 'Add drama' });
    const heights = await Promise.all([title, month, episodes, save, add].map(height));
    expect(new Set(heights).size, `one height: ${heights.join(', ')}`).toBe(1);
    expect((await month.boundingBox())!.y, 'First aired and Episodes side by side, level').toBe((await episodes.boundingBox())!.y);
  });
});

test.describe('first run', () => {
  test.use({ freshJournal: true });
  for (const width of [1280, 720]) {
    test(`at ${width} px the name field sits level with the location field`, async ({ app, page }) => {
      await page.setViewportSize({ width, height: 800 });
      await app.open();
      const name = (await page.getByLabel('Your name', { exact: true }).boundingBox())!;
      const location = (await page.getByLabel('Where you are (optional)').boundingBox())!;
      expect(location.x, 'side by side').toBeGreaterThan(name.x + name.width);
      expect(Math.abs(name.y - location.y)).toBeLessThanOrEqual(1);
      expect(name.height).toBe(location.height);
    });
  }
});

test.describe('settings', () => {
  test('a theme shows as soon as it is chosen, and leaving without saving puts the saved one back', async ({ app, page, journal }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await app.open('#/settings');
    const html = page.locator('html');
    await page.getByLabel('Theme').selectOption({ label: 'Dark' });
    await expect(html, 'shown before Save').toHaveAttribute('data-theme', 'dark');
    expect(journal.journal.settings.get().theme).toBe('system');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    // An unsaved theme is an unsaved change: leaving asks first.
    await page.getByRole('dialog', { name: 'Discard changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(html, 'not saved: the system theme again').not.toHaveAttribute('data-theme');
  });
});
