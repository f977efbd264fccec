import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { mediaDirFor } from '../../src-main/core/pictures/picture-store';
import { expect, test } from '../support/browser/fixtures';
import { posterBytes, posterFile, seedCovers } from '../support/browser/posters';

// The file dialog is played here (journal.host answers it), which takes the in-page bridge.
test.use({ transport: 'bridge' });

const drama = (title: string, nativeTitle: string) => ({
  title,
  nativeTitle,
  platforms: ['Netflix'],
  aired: { year: 2024, month: 3 },
  episodes: 12,
  genres: ['Romance'],
});

/** Plays pasting (or dropping) a picture file onto the page, as the clipboard or a file manager would deliver it. */
async function deliverFile(page: Page, how: 'paste' | 'drop', bytes: Buffer, name: string, type: string) {
  await page.evaluate(
    ([how, base64, name, type]) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type }));
      const event =
        how === 'paste'
          ? new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true })
          : new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
    },
    [how, bytes.toString('base64'), name, type] as const,
  );
}

const coverImage = (page: Page, title: string) => page.getByRole('img', { name: `Cover of ${title}` });

test('a cover chosen through the file dialog shows on the drama screen and stays after a restart', async ({ app, page, journal }) => {
  const { id } = journal.journal.dramas.create(drama('Moonlit Ferry', '달빛 나루'));
  await app.open(`#/drama/${id}`);
  const cover = page.getByRole('region', { name: 'Cover' });
  await expect(cover).toContainText('No cover yet');

  // Dismissing the dialog is no failure: nothing to report, still no cover.
  journal.host.answerFiles([]);
  await cover.getByRole('button', { name: 'Choose cover…' }).click();
  await expect.poll(() => journal.host.asked.length).toBe(1);
  await expect(cover.getByRole('button', { name: 'Choose cover…' })).toBeEnabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(cover).toContainText('No cover yet');

  journal.host.answerFiles([await posterFile(journal, 'ferry.jpg', 120)]);

  await cover.getByRole('button', { name: 'Choose cover…' }).click();
  await expect(coverImage(page, 'Moonlit Ferry')).toBeVisible();
  expect(journal.host.asked.at(-1)).toMatchObject({ kind: 'files', request: { title: 'Choose a cover for the drama' } });
  expect(journal.journal.covers.get(id)).toMatchObject({ width: 400, height: 600 });
  // The picture really drew: its natural width is the web size's, not a broken image's 0.
  expect(await coverImage(page, 'Moonlit Ferry').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(400);

  await app.restart();
  await expect(coverImage(page, 'Moonlit Ferry')).toBeVisible();
  await cover.getByRole('button', { name: 'Remove cover' }).click();
  await expect(cover).toContainText('No cover yet');
  expect(journal.journal.covers.get(id)).toBeNull();
});

test('a pasted picture becomes the cover; a pasted non-picture is refused and the cover stays', async ({ app, page, journal }) => {
  const { id } = journal.journal.dramas.create(drama('Winter Letters', '겨울 편지'));
  await app.open(`#/drama/${id}`);
  await expect(page.getByRole('region', { name: 'Cover' })).toContainText('No cover yet');

  await deliverFile(page, 'paste', await posterBytes(200, 'png', 300, 450), 'image.png', 'image/png');
  await expect(coverImage(page, 'Winter Letters')).toBeVisible();
  expect(journal.journal.covers.get(id)).toMatchObject({ width: 300, height: 450 });
  const kept = journal.journal.covers.get(id);

  // A file that claims to be a PNG but is not one: the core refuses it, the cover is unchanged.
  await deliverFile(page, 'paste', Buffer.from('this is not a picture'), 'fake.png', 'image/png');
  await expect(page.getByRole('alert')).toHaveText('the pasted picture is not a picture Dramalog can use: choose a PNG, JPEG, GIF, WebP or AVIF file');
  await expect(coverImage(page, 'Winter Letters')).toBeVisible();
  expect(journal.journal.covers.get(id)).toEqual(kept);

  // Dropping a picture on the screen replaces it.
  await deliverFile(page, 'drop', await posterBytes(20, 'jpeg', 500, 750), 'dropped.jpg', 'image/jpeg');
  await expect.poll(() => journal.journal.covers.get(id)?.width).toBe(500);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A dropped text file is not sent to the journal at all.
  const dropped = journal.journal.covers.get(id);
  await deliverFile(page, 'drop', Buffer.from('a note'), 'notes.txt', 'text/plain');
  await expect(page.getByRole('alert')).toHaveText('notes.txt is not a picture: use a PNG, JPEG, GIF, WebP or AVIF file');
  expect(journal.journal.covers.get(id)).toEqual(dropped);
});

test('pasting while typing a note is typing, not a new cover', async ({ app, page, journal }) => {
  const { id } = journal.journal.dramas.create(drama('Night Market', '야시장'));
  await app.open(`#/drama/${id}`);
  const box = page.getByRole('textbox').first();
  await box.focus();
  await page.evaluate(async (base64) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'p.png', { type: 'image/png' }));
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, (await posterBytes(10, 'png', 200, 300)).toString('base64'));
  // The same kind of paste outside the text field is taken: only its picture reaches the journal.
  await deliverFile(page, 'paste', await posterBytes(11, 'png', 300, 450), 'image.png', 'image/png');
  await expect(coverImage(page, 'Night Market')).toBeVisible();
  expect(journal.journal.covers.get(id)).toMatchObject({ width: 300, height: 450 });
  expect(readdirSync(mediaDirFor(journal.path))).toHaveLength(3); // one picture, its web size and thumbnail
});

test('the library remembers the poster grid, and at 10,000 dramas only a few cards are in the page', async ({ app, page, journal }) => {
  const ids = journal.journal.transaction(() =>
    Array.from({ length: 10_000 }, (_, i) => journal.journal.dramas.create(drama(`Drama ${String(i + 1).padStart(5, '0')}`, `드라마 ${i + 1}`)).id),
  );
  await seedCovers(journal, ids.slice(0, 3));
  await app.open('#/library');
  await page.getByRole('button', { name: 'Posters' }).click();
  const grid = page.getByRole('list', { name: 'Dramas in your journal' });
  const cards = grid.getByRole('listitem');
  await expect(cards.first()).toContainText('Drama 00001');
  const drawn = await cards.count();
  expect(drawn).toBeGreaterThan(4);
  expect(drawn).toBeLessThan(120);
  await expect(cards.first()).toHaveAttribute('aria-setsize', '10000');
  // The first cards' thumbnails loaded; dramas without a cover show a placeholder.
  await expect(grid.locator('img.cover-thumb')).toHaveCount(3);

  // The arrow keys move between cards: across a row, and down to the same place in the next.
  await grid.getByRole('link', { name: 'Drama 00001' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(grid.getByRole('link', { name: 'Drama 00002' })).toBeFocused();
  const columns = await grid.evaluate((list) => new Set([...list.children].map((card) => (card as HTMLElement).getBoundingClientRect().left)).size);
  await page.keyboard.press('ArrowDown');
  await expect(grid.getByRole('link', { name: `Drama ${String(2 + columns).padStart(5, '0')}` })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(grid.getByRole('link', { name: 'Drama 00002' })).toBeFocused();

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(cards.last()).toContainText('Drama 10000');
  expect(await cards.count()).toBeLessThan(120);

  await app.reload();
  await expect(page.getByRole('button', { name: 'Posters' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table', { name: 'Dramas in your journal' })).toBeVisible();
});

test('search results and the actor screen show cover thumbnails', async ({ app, page, journal }) => {
  const j = journal.journal;
  const first = j.dramas.create(drama('Harbor Lights', '항구의 불빛')).id;
  const second = j.dramas.create(drama('Harbor Secrets', '항구의 비밀')).id;
  j.transaction(() => {
    j.cast.add({ dramaId: first, actor: 'Park Min Jae', character: 'Han Seo', role: 'lead' });
    j.cast.add({ dramaId: second, actor: 'Park Min Jae', character: null, role: 'support' });
  });
  await seedCovers(journal, [first]);

  await app.open('#/search');
  await page.getByRole('combobox').fill('Harbor');
  const results = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(results).toHaveCount(2);
  await expect(results.filter({ hasText: 'Harbor Lights' }).locator('img.cover-thumb')).toHaveCount(1);
  await expect(results.filter({ hasText: 'Harbor Secrets' }).locator('.cover-thumb--empty')).toHaveCount(1);

  await app.open(`#/actors/${encodeURIComponent('Park Min Jae')}`);
  await expect(page.getByRole('row', { name: /Harbor Lights/ }).locator('img.cover-thumb')).toHaveCount(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the poster grid and a drama screen with a cover are free of serious accessibility problems (${colorScheme})`, async ({ app, page, journal }) => {
    await page.emulateMedia({ colorScheme });
    const j = journal.journal;
    const ids = ['Moonlit Ferry', 'Winter Letters', 'Night Market'].map((title) => j.dramas.create(drama(title, '드라마')).id);
    await seedCovers(journal, ids.slice(0, 2));
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

    await app.open('#/library');
    await page.getByRole('button', { name: 'Posters' }).click();
    await expect(page.locator('img.cover-thumb')).toHaveCount(2);
    expect(await serious(), 'poster grid').toEqual([]);

    await app.open(`#/drama/${ids[0]}`);
    await expect(coverImage(page, 'Moonlit Ferry')).toBeVisible();
    expect(await serious(), 'drama screen with a cover').toEqual([]);
  });
}
