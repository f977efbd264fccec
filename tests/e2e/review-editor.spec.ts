import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/browser/fixtures';
import { MOD } from '../support/browser/page-checks';
import { PNG_BYTES, reviewEditor, seedForReview } from '../support/browser/editor-page';


test.describe('the review editor', () => {
  test('a review written from scratch shows in the preview in the house format, and is saved', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}`);
    await page.getByRole('region', { name: 'Review' }).getByRole('link', { name: 'Write review' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Write review' })).toBeVisible();

    const editor = reviewEditor(page);
    // The byline starts from the settings.
    await expect(editor.reviewerName).toHaveValue('Jill');
    await expect(editor.reviewerLocation).toHaveValue('USA');
    await editor.grade('B+').check();
    await editor.intro.fill('A quiet ferry town & its <secrets>.\n\nI watched it in two nights.');
    await editor.story.fill('Seo Yun (Kim Tae Ri) runs the last ferry.\nShe meets a stranger.\n\n\n두 사람은 다시 만난다.');
    await editor.closing.fill('Worth the crossing: “lovely”.');

    await expect
      .poll(() => editor.previewLines())
      .toEqual([
        'KDRAMALOVE KOREAN DRAMA REVIEWS',
        'Moonlit Ferry',
        '달빛 나루',
        'Netflix / tvN (Mar. 2024) 12 Episodes',
        'Romance, Mystery, Grade: B+',
        'Korean Drama Review by Jill, USA',
        '~~~~~~~~~',
        'A quiet ferry town & its <secrets>.',
        'I watched it in two nights.',
        'The Story:',
        // A single line break continues the paragraph; a blank line (or several) starts a new one.
        'Seo Yun (Kim Tae Ri) runs the last ferry. She meets a stranger.',
        '두 사람은 다시 만난다.',
        'Worth the crossing: “lovely”.',
        '~~~~~~~~~~',
        'HOME TO KOREAN DRAMA REVIEWS',
        '~~~~~~~~~~',
      ]);
    await expect(editor.preview.getByText('달빛 나루')).toHaveAttribute('lang', 'ko');
    await expect(editor.wordCount).toHaveText('33');
    await expect(editor.intro).toHaveAttribute('spellcheck', 'true');

    await editor.expectSaved();
    expect(journal.journal.reviews.get(drama.id)).toMatchObject({
      grade: 'B+',
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['A quiet ferry town & its <secrets>.', 'I watched it in two nights.'],
      story: ['Seo Yun (Kim Tae Ri) runs the last ferry. She meets a stranger.', '두 사람은 다시 만난다.'],
      closing: ['Worth the crossing: “lovely”.'],
      state: 'draft',
      pictures: [],
    });

    await editor.markFinal.click();
    await expect(editor.backToDraft).toBeVisible();
    await editor.expectSaved();
    expect(journal.journal.reviews.get(drama.id)?.state).toBe('final');

    await page.getByRole('link', { name: 'Done' }).click();
    const panel = page.getByRole('region', { name: 'Review' });
    await expect(panel).toContainText('Final');
    await expect(panel).toContainText('33 words');
    await expect(panel.getByRole('link', { name: 'Edit review' })).toBeVisible();
  });

  test('a review cannot be marked final without a grade; it says so and stays a draft', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.intro.fill('Not sure what I think yet.');
    await editor.markFinal.click();
    await expect(page.getByRole('alert')).toHaveText('Not marked final: Grade is required before a review can be final');
    await expect(editor.markFinal).toBeVisible();
    await editor.expectSaved();
    expect(journal.journal.reviews.get(drama.id)).toMatchObject({ state: 'draft', intro: ['Not sure what I think yet.'] });

    await editor.grade('A-').check();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await editor.markFinal.click();
    await expect(editor.backToDraft).toBeVisible();
    await expect.poll(() => journal.journal.reviews.get(drama.id)?.state).toBe('final');
  });

  test('Mark final for a drama added with only its title lists every missing detail, each beside its field, focus on the first', async ({ app, page, journal }) => {
    const drama = journal.journal.dramas.create({ title: 'Someday Maybe' });
    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.intro.fill('Only the title so far.');
    await editor.markFinal.click();
    const refusal = page.locator('#final-error');
    await expect(refusal).toContainText('Not marked final: 7 things are missing.');
    await expect(refusal.getByRole('listitem')).toHaveText([
      'Grade is required before a review can be final',
      'Reviewer name is required before a review can be final',
      'Korean title is needed to publish',
      'A platform is needed to publish',
      'The month and year it first aired is needed to publish',
      'The number of episodes is needed to publish',
      'A genre is needed to publish',
    ]);
    await expect(editor.details).toHaveAttribute('open', '');
    await expect(editor.nativeTitle).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Episodes', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#drama-aired-error')).toHaveText(/first aired is needed to publish/i);
    await expect(page.locator('input[name="review-grade"]:checked'), 'focus goes to the first field at fault: the grade').toBeFocused();
    await editor.expectSaved();
    expect(journal.journal.reviews.get(drama.id)).toMatchObject({ state: 'draft', intro: ['Only the title so far.'] });
  });

  test('header fields save to the drama; a bad value is shown beside its field and the review text still saves', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.openDetails();
    await editor.title.fill('Moonlit Ferry Crossing');
    await page.getByLabel('Episodes', { exact: true }).fill('16');
    await page.getByLabel('Genres', { exact: true }).fill('Fantasy');
    await page.getByLabel('Genres', { exact: true }).press('Enter');
    await expect.poll(() => editor.previewLines().then((lines) => lines.slice(1, 5))).toEqual([
      'Moonlit Ferry Crossing',
      '달빛 나루',
      'Netflix / tvN (Mar. 2024) 16 Episodes',
      'Romance, Mystery, Fantasy',
    ]);
    await editor.expectSaved();
    expect(journal.journal.dramas.get(drama.id)).toMatchObject({ title: 'Moonlit Ferry Crossing', episodes: 16, genres: ['Romance', 'Mystery', 'Fantasy'] });

    await editor.title.fill('');
    await editor.story.fill('The text is saved whatever the title.');
    await expect(page.getByRole('alert')).toContainText('Couldn’t save: English title is required');
    await expect(editor.title).toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => journal.journal.reviews.get(drama.id)?.story).toEqual(['The text is saved whatever the title.']);
    expect(journal.journal.dramas.get(drama.id).title).toBe('Moonlit Ferry Crossing');

    await editor.title.fill('Moonlit Ferry');
    await editor.expectSaved();
    expect(journal.journal.dramas.get(drama.id).title).toBe('Moonlit Ferry');
  });

  test('Korean typed with an input method is composed without interruption, in the title and in the text', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    const cdp = await page.context().newCDPSession(page);
    // Each syllable is composed from jamo before it is committed, as a Korean IME does.
    const compose = async (syllables: string[][]) => {
      for (const steps of syllables) {
        for (const text of steps) {
          await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
          // Longer than a pause in typing would be: autosave must not disturb a composition.
          await page.waitForTimeout(60);
        }
        await cdp.send('Input.insertText', { text: steps[steps.length - 1]! });
      }
    };
    await editor.openDetails();
    await editor.nativeTitle.fill('');
    await editor.nativeTitle.focus();
    await compose([['ㄷ', '다', '달'], ['ㅂ', '비', '빛']]);
    await expect(editor.nativeTitle).toHaveValue('달빛');
    await expect(editor.nativeTitle).toBeFocused();

    await editor.story.focus();
    await compose([['ㅅ', '사'], ['ㄹ', '라', '랑']]);
    await page.waitForTimeout(1000); // autosave runs meanwhile
    await compose([['ㅎ', '해']]);
    await expect(editor.story).toHaveValue('사랑해');
    await expect(editor.story).toBeFocused();
    await expect.poll(() => editor.previewLines()).toContain('사랑해');
    await editor.expectSaved();
    expect(journal.journal.dramas.get(drama.id)).toMatchObject({ nativeTitle: '달빛', review: { story: ['사랑해'] } });
  });

  test('autosave survives a reload, and typing reloaded away at once is not lost', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.intro.fill('Saved before the reload.');
    await editor.expectSaved();
    await app.reload();
    await expect(editor.intro).toHaveValue('Saved before the reload.');

    // Typed and gone before autosave had its turn.
    await editor.intro.fill('Saved before the reload.\n\nTyped just before closing.');
    await app.reload();
    await expect(editor.intro).toHaveValue('Saved before the reload.\n\nTyped just before closing.');
    await editor.expectSaved();
    expect(journal.journal.reviews.get(drama.id)?.intro).toEqual(['Saved before the reload.', 'Typed just before closing.']);

    // And after a fresh start of the app against the same journal file.
    await app.restart();
    await expect(editor.intro).toHaveValue('Saved before the reload.\n\nTyped just before closing.');
  });

  test('a save that fails keeps the text, says why, and succeeds once the problem is gone', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.intro.fill('Words that must survive.');
    await editor.expectSaved();
    // The journal stops answering (its file is closed under the app) …
    journal.journal.close();
    await editor.intro.fill('Words that must survive, and more.');
    await expect(page.getByRole('alert')).toContainText('Couldn’t save:');
    await expect(editor.intro).toHaveValue('Words that must survive, and more.');
    // … and comes back: autosave tries again by itself.
    journal.reopen();
    await editor.expectSaved();
    expect(journal.journal.reviews.get(drama.id)?.intro).toEqual(['Words that must survive, and more.']);
    journal.unexpectedErrors.length = 0; // the closed journal's errors were the point of this test
  });

  test('an earlier version can be read and restored; restoring keeps the version it replaced', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.grade('A').check();
    await editor.intro.fill('The first take, which I liked.');
    await editor.expectSaved();
    journal.advanceClock(10 * 60_000);
    await editor.grade('C').check();
    await editor.intro.fill('A rewrite I regret.');
    await editor.expectSaved();

    await editor.earlierVersions.click();
    const dialog = page.getByRole('dialog', { name: 'Earlier versions' });
    const versions = dialog.getByRole('list', { name: 'Saved versions, newest first' }).getByRole('button');
    await expect(versions).toHaveCount(2);
    await expect(versions.nth(0)).toContainText('A rewrite I regret.');
    await expect(versions.nth(0)).toContainText('(current)');
    await expect(versions.nth(1)).toContainText('The first take, which I liked.');
    await expect(versions.nth(1)).toContainText('6 words');

    // The version before the current one is chosen already: the current text is shown against it.
    await expect(versions.nth(1)).toHaveAttribute('aria-pressed', 'true');
    await expect(dialog.getByRole('article')).toContainText('Grade A → C');
    await expect(dialog.getByRole('article').locator('del')).toContainText(['The first take, which', 'liked.']);
    await expect(dialog.getByRole('article').locator('ins')).toContainText(['A rewrite', 'regret.']);
    await dialog.getByRole('button', { name: 'Restore this version' }).click();
    await expect(dialog).toBeHidden();

    await expect(editor.intro).toHaveValue('The first take, which I liked.');
    await expect(editor.grade('A')).toBeChecked();
    await expect.poll(() => editor.previewLines()).toContain('The first take, which I liked.');
    expect(journal.journal.reviews.get(drama.id)).toMatchObject({ grade: 'A', intro: ['The first take, which I liked.'] });

    await editor.earlierVersions.click();
    await expect(versions).toHaveCount(3);
    await expect(versions.nth(0)).toContainText('restored');
    await expect(versions.nth(1)).toContainText('A rewrite I regret.');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

});

// The desktop window closing and its file dialog: played through the in-page bridge.
test.describe('the review editor in the desktop window', () => {
  test.use({ transport: 'bridge' });

  test('Ctrl/Cmd+S saves at once, and the window closing waits for the save', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.story.fill('Saved with the shortcut.');
    await page.keyboard.press(`${MOD}+s`);
    // Well before autosave's pause is over.
    await expect.poll(() => journal.journal.reviews.get(drama.id)?.story, { timeout: 500 }).toEqual(['Saved with the shortcut.']);
    await editor.expectSaved();

    await editor.story.fill('Typed as the window closes.');
    await app.beforeWindowCloses();
    expect(journal.journal.reviews.get(drama.id)?.story).toEqual(['Typed as the window closes.']);
  });

  test('a picture goes between paragraphs with its alt text, moves, shows in the preview and in the export', async ({ app, page, journal }) => {
    const drama = seedForReview(journal);
    const still = join(journal.dir, 'still from episode 3.png');
    writeFileSync(still, PNG_BYTES);
    journal.host.answerFiles([still]);

    await app.open(`#/drama/${drama.id}/review`);
    const editor = reviewEditor(page);
    await editor.grade('B').check();
    await editor.story.fill('First story paragraph.\n\nSecond story paragraph.\n\nThird story paragraph.');
    // The caret in the first paragraph: the picture goes after it.
    await editor.story.evaluate((area: HTMLTextAreaElement) => {
      area.focus();
      area.setSelectionRange(5, 5);
    });
    await editor.addPicture('story').click();
    await expect(editor.altText(1)).toBeFocused();
    expect(journal.host.asked.map((a) => a.kind)).toEqual(['files']);

    // No alt text yet: a decorative image to assistive technology, so found by its tag.
    const picture = editor.preview.locator('figure img');
    await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
    const order = () =>
      editor.preview.locator('.review-story > *').evaluateAll((nodes) => nodes.map((n) => (n.tagName === 'FIGURE' ? 'picture' : n.textContent)));
    await expect.poll(order).toEqual(['First story paragraph.', 'picture', 'Second story paragraph.', 'Third story paragraph.']);

    // Final needs the alt text.
    await editor.markFinal.click();
    await expect(page.getByRole('alert')).toHaveText('Not marked final: Alt text is required before a review can be final: picture 1 (in the story) has none');
    await expect(editor.altText(1)).toHaveAttribute('aria-invalid', 'true');
    await editor.altText(1).fill('Seo Yun at the ferry rail at dusk');
    await expect(picture).toHaveAccessibleName('Seo Yun at the ferry rail at dusk');

    await page.getByRole('button', { name: 'Move picture 1 down' }).click();
    await expect.poll(order).toEqual(['First story paragraph.', 'Second story paragraph.', 'picture', 'Third story paragraph.']);
    await expect(page.getByRole('button', { name: 'Move picture 1 down' })).toBeFocused();
    await editor.markFinal.click();
    await expect(editor.backToDraft).toBeVisible();
    await editor.expectSaved();

    const stored = journal.journal.reviews.get(drama.id)!;
    expect(stored).toMatchObject({ state: 'final', story: ['First story paragraph.', 'Second story paragraph.', 'Third story paragraph.'] });
    expect(stored.pictures).toEqual([
      { file: expect.stringMatching(/^[0-9a-f]{64}\.png$/), alt: 'Seo Yun at the ferry rail at dusk', section: 'story', afterParagraph: 2 },
    ]);
    // The journal keeps its own copy, beside the database.
    expect(readFileSync(join(journal.dir, 'journal.media', stored.pictures[0]!.file))).toEqual(PNG_BYTES);

    // Exported through the core, as File > Export Site… does.
    const site = join(journal.dir, 'site');
    journal.host.answerFolder(site);
    const answer = await journal.dispatch('site.export', {});
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    const page1 = readFileSync(join(site, 'reviews', 'moonlit-ferry.html'), 'utf8');
    // Made for the web: a WebP source, and a PNG (the original's format) as the image, with its alt text.
    const img = /<source type="image\/webp" srcSet="\.\.\/(images\/[^" ]+\.webp) \d+w"[^>]*\/><img src="\.\.\/(images\/[^"]+\.png)"[^>]* alt="Seo Yun at the ferry rail at dusk"/.exec(page1);
    expect(img, 'the exported page shows the picture with its alt text').not.toBeNull();
    expect(readFileSync(join(site, img![1]!)).subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(readFileSync(join(site, img![2]!)).subarray(0, 8)).toEqual(PNG_BYTES.subarray(0, 8));
    expect(page1.indexOf('Second story paragraph.')).toBeLessThan(page1.indexOf('<img'));
    expect(page1.indexOf('<img')).toBeLessThan(page1.indexOf('Third story paragraph.'));

    await page.getByRole('button', { name: 'Remove picture 1' }).click();
    await expect(editor.preview.locator('img')).toHaveCount(0);
    await expect(editor.story).toHaveValue('First story paragraph.\n\nSecond story paragraph.\n\nThird story paragraph.');
    await editor.expectSaved();
    expect(journal.journal.reviews.get(drama.id)?.pictures).toEqual([]);
  });
});
