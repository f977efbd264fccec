import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/browser/fixtures';
import { reviewEditor, seedForReview } from '../support/browser/editor-page';

const paragraphs = (section: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${section} paragraph ${i + 1}: ${'a sentence that fills the line and goes on a while. '.repeat(4)}`);

/** Where `place` sits in the preview's scrolled box: its top relative to the box's visible top. */
async function offsetInPreview(preview: Locator, place: string): Promise<number> {
  return preview.evaluate((box, selector) => {
    const target = box.querySelector(selector)!;
    return target.getBoundingClientRect().top - box.getBoundingClientRect().top;
  }, place);
}

async function expectInView(preview: Locator, place: string) {
  const height = await preview.evaluate((box) => box.clientHeight);
  await expect.poll(() => offsetInPreview(preview, place), `${place} is scrolled into the preview`).toBeGreaterThanOrEqual(0);
  await expect.poll(() => offsetInPreview(preview, place)).toBeLessThan(height / 2);
}

async function openLongReview(page: Page, app: { open(route: string): Promise<void> }, journal: Parameters<typeof seedForReview>[0]) {
  const drama = seedForReview(journal);
  journal.journal.reviews.save({
    dramaId: drama.id,
    grade: 'B+',
    reviewer: { name: 'Jill', location: 'USA' },
    intro: paragraphs('Intro', 6),
    story: paragraphs('Story', 10),
    closing: paragraphs('Closing', 4),
    state: 'draft',
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open(`#/drama/${drama.id}/review`);
  return reviewEditor(page);
}

test.describe('the preview follows the section being written', () => {
  test('focusing Closing, The Story, then Intro scrolls the preview to each, and focus stays in the text', async ({ app, page, journal }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const editor = await openLongReview(page, app, journal);
    const preview = page.locator('.editor-preview');
    expect(await preview.evaluate((box) => box.scrollTop)).toBe(0);

    await editor.closing.first().focus();
    await expectInView(preview, '.review-closing');
    await expect(editor.closing.first()).toBeFocused();

    await editor.story.first().focus();
    await expectInView(preview, '.story-heading');
    await expect(editor.story.first()).toBeFocused();

    await editor.intro.first().focus();
    await expectInView(preview, '.review-intro');
    await expect(editor.intro.first()).toBeFocused();

    // Typing at the end of the closing brings the preview back to it after the user scrolled away.
    await editor.closing.last().click();
    await preview.evaluate((box) => box.scrollTo({ top: 0 }));
    await page.keyboard.type(' More.');
    await expectInView(preview, '.review-closing');
    await expect(editor.closing.last()).toBeFocused();
  });

  test('with motion allowed it scrolls smoothly to the same place', async ({ app, page, journal }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const editor = await openLongReview(page, app, journal);
    const preview = page.locator('.editor-preview');
    await editor.closing.first().focus();
    const first = await preview.evaluate((box) => box.scrollTop);
    await expectInView(preview, '.review-closing');
    expect(await preview.evaluate((box) => box.scrollTop), 'it moved over several frames').toBeGreaterThan(first);
  });
});
