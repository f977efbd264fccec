import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importReview } from '../../src-main/core/house-format/import';
import { readReference } from '../fixtures/fixtures';
import { expect, test } from '../support/browser/fixtures';

test.describe('importing a review', () => {
  test('a paste that is not in the house format is refused with the line, and nothing is saved', async ({ app, page, journal }) => {
    await app.open('#/data');
    await page.getByRole('button', { name: 'Paste a review…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import review' });
    await dialog.getByLabel('Review text').fill(readReference().replace('Romance, Music, Grade: B+', 'Romance, Music, B+'));
    await expect(dialog.getByRole('alert')).toHaveText('Not in the house format: line 8: expected "Genre, Genre, Grade: X"; found "Romance, Music, B+"');
    await expect(dialog.getByLabel('Review text')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

    // Fixing the line brings the preview back.
    await dialog.getByLabel('Review text').fill(readReference());
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(journal.journal.dramas.list({})).toEqual([]);
  });

  test('a review already in the journal is offered as Replace, which keeps the drama', async ({ app, page, journal }) => {
    const first = importReview(journal.journal, readReference());
    journal.journal.notes.add({ dramaId: first.dramaId, episode: null, text: 'kept' });
    await app.open('#/data');
    await page.getByRole('button', { name: 'Paste a review…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import review' });
    await dialog.getByLabel('Review text').fill(readReference().replace('Grade: B+', 'Grade: A-'));
    const notice = dialog.getByRole('status').filter({ hasText: 'Soundtrack #2 (Dec. 2023) is already in your journal.' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Replacing it changes the grade (B+ → A-).');
    await expect(notice).toContainText('Your review in the journal will be overwritten by this text.');
    // The notice is at the top of the dialog, above the text and the preview, in view without scrolling.
    const noticeBox = (await notice.boundingBox())!;
    const textBox = (await dialog.getByLabel('Review text').boundingBox())!;
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(textBox.y);
    await expect(notice).toBeInViewport();
    await dialog.getByRole('button', { name: 'Replace my review', exact: true }).click();
    await expect(dialog.getByText('Replaced Soundtrack #2.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Skip' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Soundtrack #2' })).toBeVisible();
    const dramas = journal.journal.dramas.list({});
    expect(dramas).toHaveLength(1);
    expect(dramas[0]).toMatchObject({ id: first.dramaId, grade: 'A-' });
    expect(journal.journal.dramas.get(first.dramaId).notes.map((n) => n.text)).toEqual(['kept']);
  });
});

test.describe('importing a review, with the desktop dialogs', () => {
  // The desktop's file and folder dialogs are played here (journal.host answers them): the in-page bridge.
  test.use({ transport: 'bridge' });

  test('paste the reference review, check the preview, save, confirm the cast, export, and open the exported page', async ({ scratch, app, page, journal }) => {
    await app.open('#/data');
    await page.getByRole('button', { name: 'Paste a review…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import review' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Review text').fill(readReference());

    // The parsed fields, before anything is saved.
    const fields = dialog.getByRole('definition');
    const field = (name: string) => dialog.locator('.parsed-fields__row', { has: page.getByRole('term').filter({ hasText: new RegExp(`^${name}$`) }) }).getByRole('definition');
    await expect(field('Title')).toHaveText('Soundtrack #2');
    await expect(field('Korean title')).toHaveText('사운드트랙 #2');
    await expect(field('Korean title').locator('[lang="ko"]')).toHaveCount(1);
    await expect(field('Platforms')).toHaveText('Disney+ / Hulu');
    await expect(field('Aired')).toHaveText('Dec. 2023');
    await expect(field('Episodes')).toHaveText('6');
    await expect(field('Genres')).toHaveText('Romance, Music');
    await expect(field('Grade')).toHaveText('B+');
    await expect(field('Reviewer')).toHaveText('Jill, USA');
    await expect(field('Paragraphs')).toHaveText('Intro 1 · Story 7 · Closing 1');
    expect(await fields.count()).toBe(9);

    // The house-format preview, drawn by the same components as the export.
    const preview = dialog.getByTestId('import-preview');
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Soundtrack #2');
    await expect(preview.getByText('사운드트랙 #2', { exact: true })).toHaveAttribute('lang', 'ko');
    await expect(preview.getByText('Disney+ / Hulu (Dec. 2023) 6 Episodes', { exact: true })).toBeVisible();
    await expect(preview.getByText('Romance, Music, Grade: B+', { exact: true })).toBeVisible();
    await expect(preview.getByText('Korean Drama Review by Jill, USA', { exact: true })).toBeVisible();
    await expect(preview.getByRole('heading', { name: 'The Story:' })).toBeVisible();
    expect(journal.journal.dramas.list({}), 'the preview saves nothing').toEqual([]);

    // Save; the cast the review names is offered to confirm.
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByText('Imported Soundtrack #2.')).toBeVisible();
    const cast = dialog.getByRole('group', { name: 'Cast named in the review' });
    await expect(cast.getByRole('checkbox')).toHaveCount(7);
    await expect(cast.getByText('Jeon Hye Jin')).toBeVisible();
    await cast.getByRole('checkbox', { name: /Sohn Jeong Hyuck/ }).uncheck();
    await cast.getByRole('button', { name: 'Add 6 to the Cast' }).click();

    // The drama opens, with its cast linking to the actors.
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Soundtrack #2' })).toBeVisible();
    const castSection = page.getByRole('region', { name: 'Cast' });
    await expect(castSection.getByRole('link', { name: 'Keum Sae Rok' })).toBeVisible();
    await expect(castSection.getByRole('link')).toHaveCount(6);
    const [drama] = journal.journal.dramas.list({});
    expect(drama).toMatchObject({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2', grade: 'B+', reviewState: 'final', status: 'completed' });
    expect(journal.journal.cast.list(drama!.id).map((m) => m.actor)).not.toContain('Sohn Jeong Hyuck');

    // Export the site into the folder the test host picks.
    const site = join(scratch(), 'site');
    journal.host.answerFolder(site);
    await app.sendMenuCommand('export-site');
    const exportDialog = page.getByRole('dialog', { name: 'Export site' });
    await exportDialog.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(exportDialog.getByText('Exported to')).toBeVisible();
    await expect(exportDialog.getByText(site, { exact: true })).toBeVisible();
    // Index, by grade, by year, the review, the actors index, a page per confirmed actor, the year in review.
    const pagesOnDisk = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    expect(pagesOnDisk).toEqual(expect.arrayContaining(['index.html', 'by-grade.html', 'by-year.html', join('reviews', 'soundtrack-2.html')]));
    await expect(exportDialog).toContainText(`${pagesOnDisk.length} pages`);
    await exportDialog.getByRole('button', { name: 'Done' }).click();
    await expect(exportDialog).toBeHidden();
    expect(journal.host.asked.at(-1)).toMatchObject({ kind: 'folder' });
    expect(journal.host.progressEvents.at(-1)).toMatchObject({ task: 'site-export' });

    // The exported page opens from file://, with no network and no script.
    await page.goto(pathToFileURL(join(site, 'reviews', 'soundtrack-2.html')).href);
    await expect(page).toHaveTitle(/Soundtrack #2/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Soundtrack #2');
    await expect(page.getByText('사운드트랙 #2', { exact: true })).toBeVisible();
    await expect(page.getByText('Disney+ / Hulu (Dec. 2023) 6 Episodes', { exact: true })).toBeVisible();
    await expect(page.getByText('Romance, Music, Grade: B+', { exact: true })).toBeVisible();
    await expect(page.getByText(/^I must admit it took me over a year/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'HOME TO KOREAN DRAMA REVIEWS' })).toHaveAttribute('href', '../index.html');
  });

  test('File > Import Review… previews each chosen file in turn', async ({ scratch, app, page, journal }) => {
    const dir = scratch();
    const good = join(dir, 'soundtrack-2.txt');
    const bad = join(dir, 'shopping-list.txt');
    writeFileSync(good, readReference());
    writeFileSync(bad, 'eggs\nmilk\n');
    journal.host.answerFiles([bad, good]);
    await app.open();
    await app.sendMenuCommand('import-review');
    const dialog = page.getByRole('dialog', { name: 'Import review' });
    await expect(dialog.getByText('File 1 of 2:')).toBeVisible();
    await expect(dialog.getByText('shopping-list.txt')).toBeVisible();
    await expect(dialog.getByRole('alert')).toContainText('Not in the house format: line ');
    await dialog.getByRole('button', { name: 'Skip this file' }).click();
    await expect(dialog.getByText('File 2 of 2:')).toBeVisible();
    await expect(dialog.getByTestId('import-preview').getByRole('heading', { level: 1 })).toHaveText('Soundtrack #2');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('button', { name: 'Skip' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Soundtrack #2' })).toBeVisible();
    expect(journal.host.asked[0]).toMatchObject({ kind: 'files', request: { multiple: true, filters: [{ extensions: ['txt'] }] } });
    expect(journal.journal.dramas.list({})).toHaveLength(1);
  });
});

test.describe('exporting', () => {
  // The desktop's file and folder dialogs are played here (journal.host answers them): the in-page bridge.
  test.use({ transport: 'bridge' });

  /** Enough reviews that the export takes a while in this process. */
  function seedReviews(journal: import('../support/browser/journal-under-test').JournalUnderTest, count: number) {
    const j = journal.journal;
    j.transaction(() => {
      for (let i = 0; i < count; i += 1) {
        const drama = j.dramas.create({
          title: `Generated Drama ${i}`,
          nativeTitle: `생성된 드라마 ${i}`,
          platforms: ['tvN'],
          aired: { year: 2000 + (i % 25), month: 1 + (i % 12) },
          episodes: 16,
          genres: ['Romance'],
          watch: { status: 'completed' },
        });
        const words = Array.from({ length: 120 }, (_, k) => `word${(i + k) % 97}`).join(' ');
        j.reviews.save({ dramaId: drama.id, grade: 'B', reviewer: { name: 'Jill', location: 'USA' }, intro: [words], story: [words, words, words], closing: [], state: 'final' });
      }
    });
  }

  test('progress reaches the page as the export runs, and the bar shows it', async ({ scratch, app, page, journal }) => {
    seedReviews(journal, 800);
    const site = join(scratch(), 'site');
    journal.host.answerFolder(site);
    await app.open('#/data'); // not the library: drawing thousands of rows is not what this test is about
    // Every value the progress bar takes, as the page draws it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('dialog progress');
        if (bar instanceof HTMLProgressElement && seen.at(-1) !== `${bar.value}/${bar.max}`) seen.push(`${bar.value}/${bar.max}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await app.sendMenuCommand('export-site');
    const dialog = page.getByRole('dialog', { name: 'Export site' });
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(dialog.getByText('Exported to')).toBeVisible();
    await expect(dialog).toContainText('803 pages: 805 files written');

    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    const parts = seen.map((entry) => entry.split('/').map(Number) as [number, number]);
    expect(parts.length, `values seen: ${seen.join(', ')}`).toBeGreaterThan(1);
    expect(parts.every(([, max]) => max === 805)).toBe(true);
    expect(parts.some(([value, max]) => value > 0 && value < max), `a value part-way: ${seen.join(', ')}`).toBe(true);
    const values = parts.map(([value]) => value);
    expect(values, 'in order').toEqual([...values].sort((a, b) => a - b));
    const reported = journal.host.progressEvents.filter((e) => e.task === 'site-export').map((e) => e.done);
    expect(reported.length).toBeGreaterThan(2);
  });

  test('Cancel stops a running export and leaves no folder behind', async ({ scratch, app, page, journal }) => {
    // Enough reviews that the export pauses at least once (it does every 25 ms of work).
    seedReviews(journal, 1000);
    const site = join(scratch(), 'site');
    journal.host.answerFolder(site);
    await app.open('#/data');
    await app.sendMenuCommand('export-site');
    const dialog = page.getByRole('dialog', { name: 'Export site' });
    // The export waits at its first pause until the cancel has reached the core, so the click always lands mid-way.
    const release = journal.host.holdProgress();
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();
    // The bar and its Cancel button appear with the first progress event.
    const cancelAnswered = journal.nextCallOf('tasks.cancel');
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    await cancelAnswered;
    release();
    await expect(dialog.getByText('Export cancelled. The folder was left as it was.')).toBeVisible();
    await expect(dialog.getByRole('progressbar')).toHaveCount(0);
    expect(existsSync(site), 'a cancelled first export leaves no folder').toBe(false);
    expect(readdirSync(join(site, '..')), 'nor a staging folder').toEqual([]);
    const last = journal.host.progressEvents.at(-1);
    expect(last, 'the window’s progress is cleared').toEqual({ task: 'site-export', done: 0, total: 0, message: 'stopped' });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('Export This Review… from the drama screen exports its page; a dismissed folder dialog changes nothing', async ({ scratch, app, page, journal }) => {
    const { dramaId } = importReview(journal.journal, readReference());
    await app.open(`#/drama/${dramaId}`);
    journal.host.answerFolder(null);
    await page.keyboard.press('ControlOrMeta+e');
    const dialog = page.getByRole('dialog', { name: 'Export the review of Soundtrack #2' });
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(dialog.getByRole('button', { name: 'Choose folder…' }), 'back to the question').toBeVisible();

    const site = join(scratch(), 'one');
    journal.host.answerFolder(site);
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(dialog.getByText(site, { exact: true })).toBeVisible();
    expect(readdirSync(join(site, 'reviews'))).toEqual(['soundtrack-2.html']);
    await dialog.getByRole('button', { name: 'Done' }).click();
  });
});
