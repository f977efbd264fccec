import { expect, test } from '../support/browser/fixtures';
import { addMoonlitFerry } from '../support/browser/moonlit-ferry';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test.describe('the drama screen', () => {
  test('shows the details, the watch record and the review', async ({ app, page, journal }) => {
    const drama = addMoonlitFerry(journal);
    journal.journal.reviews.save({
      dramaId: drama.id,
      grade: 'B+',
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['Lovely.'],
      story: [],
      closing: [],
      state: 'draft',
    });
    await app.open(`#/drama/${drama.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Moonlit Ferry' })).toBeVisible();
    await expect(page.getByText('달빛 나루', { exact: true })).toHaveAttribute('lang', 'ko');
    await expect(page.getByText('Netflix / tvN (Mar. 2024) 12 Episodes')).toBeVisible();
    await expect(page.getByText('Romance, Mystery')).toBeVisible();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText('Netflix / tvN', { exact: true }), 'the platforms are said once, in the release line').toHaveCount(0);
    await expect(details.getByRole('term')).toHaveText(['Genres']);
    const review = page.getByRole('region', { name: 'Review' });
    await expect(review).toContainText('B+');
    await expect(review).toContainText('Draft');
    await expect(review).toContainText('Jill, USA');
  });

  test('+1 episode moves the progress on, starts and then completes the drama', async ({ app, page, journal }) => {
    const drama = addMoonlitFerry(journal, { episodes: 2 });
    await app.open(`#/drama/${drama.id}`);
    const record = page.getByRole('region', { name: 'Watch record' });
    const plusOne = record.getByRole('button', { name: '+1 episode' });
    await expect(record).toContainText('0 / 2');
    await expect(record).toContainText('Plan to watch');

    await plusOne.click();
    await expect(record).toContainText('1 / 2');
    await expect(record).toContainText('Watching');
    await expect(record.getByRole('definition').first(), 'started today').not.toHaveText('—');

    await plusOne.click();
    await expect(record).toContainText('2 / 2');
    await expect(record).toContainText('Completed');
    await expect(plusOne, 'no episode left to watch').toBeDisabled();

    await app.restart();
    await expect(page.getByRole('region', { name: 'Watch record' })).toContainText('2 / 2');
    expect(journal.journal.dramas.get(drama.id).watch).toEqual({
      status: 'completed',
      episodesWatched: 2,
      startedOn: today(),
      finishedOn: today(),
      rewatches: 0,
    });
  });

  test('the watch record can be edited: a bad date gets its message and changes nothing, Esc leaves the form', async ({ app, page, journal }) => {
    const drama = addMoonlitFerry(journal);
    const before = journal.journal.dramas.get(drama.id);
    await app.open(`#/drama/${drama.id}`);
    const record = page.getByRole('region', { name: 'Watch record' });
    const editRecord = record.getByRole('button', { name: 'Edit watch record' });
    const status = record.getByLabel('Status', { exact: true });
    const finishedOn = record.getByLabel('Finished on', { exact: true });
    const save = record.getByRole('button', { name: 'Save watch record' });

    await editRecord.click();
    await expect(status, 'the first field is ready').toBeFocused();
    await status.selectOption({ label: 'Completed' });
    await record.getByLabel('Started on', { exact: true }).fill('2024-05-10');
    await finishedOn.fill('2024-05-01');
    await save.click();
    await expect(finishedOn).toHaveAttribute('aria-invalid', 'true');
    await expect(finishedOn).toHaveAccessibleDescription(/finished on cannot be before started on/i);
    await expect(status, 'what was chosen stays').toHaveValue('completed');
    expect(journal.journal.dramas.get(drama.id)).toEqual(before);

    await finishedOn.fill('2024-05-20');
    await record.getByLabel('Rewatches', { exact: true }).fill('1');
    await save.click();
    await expect(editRecord, 'the form closes once saved').toBeVisible();
    // Completed without saying how far: the core counts every episode as watched.
    await expect(record).toContainText('12 / 12');
    await expect(record).toContainText('Completed');
    await expect(record.getByRole('definition').nth(2), 'rewatches').toHaveText('1');

    await editRecord.click();
    await status.selectOption({ label: 'On hold' });
    await page.keyboard.press('Escape');
    await expect(editRecord).toBeVisible();
    await expect(record).toContainText('Completed');

    await app.restart();
    await expect(page.getByRole('region', { name: 'Watch record' })).toContainText('12 / 12');
    expect(journal.journal.dramas.get(drama.id).watch).toEqual({
      status: 'completed',
      episodesWatched: 12,
      startedOn: '2024-05-10',
      finishedOn: '2024-05-20',
      rewatches: 1,
    });
  });

  test('private notes can be added, edited and deleted', async ({ app, page, journal }) => {
    const drama = addMoonlitFerry(journal, { episodes: 4 });
    await app.open(`#/drama/${drama.id}`);
    const notes = page.getByRole('region', { name: 'Private notes' });
    await expect(notes).toContainText('Never exported');
    await expect(notes).toContainText('No notes yet');

    const newNote = notes.getByLabel('New note');
    const addNote = notes.getByRole('button', { name: 'Add note' });
    await addNote.click();
    await expect(newNote).toHaveAttribute('aria-invalid', 'true');
    await expect(newNote).toHaveAccessibleDescription(/note is required/i);
    expect(journal.journal.dramas.get(drama.id).notes).toEqual([]);

    await newNote.fill('The ferry scenes were lovely.');
    await addNote.click();
    await expect(newNote, 'the box empties once the note is saved').toHaveValue('');
    await notes.getByLabel('About').selectOption({ label: 'Episode 3' });
    await newNote.fill('이 장면 정말 좋았어.');
    await addNote.click();

    const items = notes.getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('The whole drama');
    await expect(items.nth(0)).toContainText('The ferry scenes were lovely.');
    await expect(items.nth(1)).toContainText('Episode 3');
    await expect(items.nth(1)).toContainText('이 장면 정말 좋았어.');

    await items.nth(0).getByRole('button', { name: 'Edit' }).click();
    const editor = items.nth(0).getByLabel('Edit note');
    await expect(editor).toBeFocused();
    await editor.fill('The ferry scenes were the best part.');
    await items.nth(0).getByRole('button', { name: 'Save note' }).click();
    await expect(items.nth(0)).toContainText('The ferry scenes were the best part.');
    await expect(items.nth(0)).toContainText('Edited');

    await items.nth(1).getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this note?' });
    await expect(dialog).toContainText('이 장면 정말 좋았어.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(items).toHaveCount(2);

    await items.nth(1).getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete note' }).click();
    await expect(dialog).toBeHidden();
    await expect(items).toHaveCount(1);

    await app.restart();
    await expect(page.getByRole('region', { name: 'Private notes' }).getByRole('listitem')).toHaveText(
      /The ferry scenes were the best part\./,
    );
    expect(journal.journal.dramas.get(drama.id).notes).toMatchObject([
      { episode: null, text: 'The ferry scenes were the best part.' },
    ]);
  });

  test('deleting a drama asks first, and Esc keeps it', async ({ app, page, journal }) => {
    const drama = addMoonlitFerry(journal, { episodes: 2 });
    await app.open(`#/drama/${drama.id}`);
    const dialog = page.getByRole('dialog', { name: 'Delete Moonlit Ferry?' });

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' }), 'the safe answer has focus').toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(journal.journal.dramas.list()).toHaveLength(1);

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.getByRole('button', { name: 'Delete drama' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.getByText('Your journal is empty.')).toBeVisible();
    expect(journal.journal.dramas.list()).toEqual([]);
  });

  test('a drama that is not in the journal says so in plain words', async ({ app, page }) => {
    await app.open('#/drama/999');
    await expect(page.getByRole('alert')).toContainText('That drama is not in your journal; it may have been deleted.');
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  });
});
