import { dramaForm, libraryTitles } from '../support/browser/drama-form-page';
import { expect, test } from '../support/browser/fixtures';
import { addMoonlitFerry } from '../support/browser/moonlit-ferry';
import { journalStats } from '../../src-main/core/stats/journal-stats';

test.describe('adding and editing a drama', () => {
  test('a drama added through the form shows in the library and is still there after a reload and a restart', async ({
    app,
    page,
    journal,
  }) => {
    await app.open();
    await expect(page.getByText('Your journal is empty.')).toBeVisible();

    await page.getByRole('banner').getByRole('button', { name: 'Add drama' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add drama' })).toBeVisible();
    const form = dramaForm(page);
    await expect(form.title, 'the first field is ready for typing').toBeFocused();
    await form.fill({
      title: 'Soundtrack #2',
      nativeTitle: '사운드트랙 #2',
      platforms: ['Disney+', 'Hulu'],
      airedMonth: 'December',
      airedYear: '2023',
      episodes: '6',
      status: 'Watching',
      episodesWatched: '2',
      startedOn: '2024-01-10',
    });
    // Two genres typed in one go, separated by a comma.
    await form.genres.pressSequentially('Romance, Music');
    await expect(form.chosen('genres')).toHaveText([/Romance/]);
    await form.save.click();

    await expect(page.getByRole('heading', { level: 1, name: 'Soundtrack #2' })).toBeVisible();
    await expect(page.getByText('사운드트랙 #2')).toHaveAttribute('lang', 'ko');
    await expect(page.getByText('Disney+ / Hulu (Dec. 2023) 6 Episodes')).toBeVisible();
    await expect(page.getByText('Romance, Music')).toBeVisible();
    await expect(page.getByText('2 / 6')).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    const row = page.getByRole('row', { name: /Soundtrack #2/ });
    await expect(row).toContainText('사운드트랙 #2');
    await expect(row).toContainText('Watching');
    await expect(row).toContainText('2 / 6');

    await app.reload();
    await expect(libraryTitles(page)).toHaveText(['Soundtrack #2']);

    const stored = app.journal.reopen().dramas.list();
    await app.reload();
    await expect(page.getByRole('row', { name: /Soundtrack #2/ })).toContainText('2 / 6');
    expect(stored).toHaveLength(1);
    expect(journal.journal.dramas.get(stored[0]!.id)).toMatchObject({
      title: 'Soundtrack #2',
      nativeTitle: '사운드트랙 #2',
      platforms: ['Disney+', 'Hulu'],
      aired: { year: 2023, month: 12 },
      episodes: 6,
      genres: ['Romance', 'Music'],
      watch: { status: 'watching', episodesWatched: 2, startedOn: '2024-01-10', finishedOn: null, rewatches: 0 },
      review: null,
      notes: [],
    });
  });

  test('the Korean title can be typed with an input method, composing syllable by syllable', async ({ app, page }) => {
    await app.open('#/new');
    const form = dramaForm(page);
    await form.nativeTitle.focus();
    const cdp = await page.context().newCDPSession(page);
    // 사운드: each syllable is composed from jamo before it is committed, as a Korean IME does.
    for (const steps of [['ㅅ', '사'], ['ㅇ', '우', '운'], ['ㄷ', '드']]) {
      for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await cdp.send('Input.insertText', { text: steps[steps.length - 1]! });
    }
    await expect(form.nativeTitle).toHaveValue('사운드');
    await expect(form.nativeTitle).toBeFocused();
  });

  test('editing a drama changes it on every screen and in the journal file', async ({ app, page, journal }) => {
    const drama = addMoonlitFerry(journal);
    await app.open(`#/drama/${drama.id}`);
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit drama' })).toBeVisible();

    const form = dramaForm(page);
    await expect(form.title).toHaveValue('Moonlit Ferry');
    await expect(form.nativeTitle).toHaveValue('달빛 나루');
    await expect(form.chosen('platforms')).toHaveText([/Netflix/, /tvN/]);
    await form.title.fill('Moonlit Ferry Crossing');
    await form.nativeTitle.fill('달빛 나루터');
    await page.getByRole('button', { name: 'Move tvN earlier' }).click();
    await expect(form.chosen('platforms')).toHaveText([/tvN/, /Netflix/]);
    await page.getByRole('button', { name: 'Remove Mystery' }).click();
    await form.addTokens('genres', ['Fantasy']);
    await form.fill({ episodes: '16', status: 'Completed', finishedOn: '2024-05-02', rewatches: '1' });
    await form.save.click();

    await expect(page.getByRole('heading', { level: 1, name: 'Moonlit Ferry Crossing' })).toBeVisible();
    await expect(page.getByText('달빛 나루터')).toBeVisible();
    await expect(page.getByText('tvN / Netflix (Mar. 2024) 16 Episodes')).toBeVisible();
    await expect(page.getByText('Romance, Fantasy')).toBeVisible();
    // Completed without saying how far: the core counts every episode as watched.
    await expect(page.getByText('16 / 16')).toBeVisible();

    await app.restart();
    await expect(page.getByRole('heading', { level: 1, name: 'Moonlit Ferry Crossing' })).toBeVisible();
    expect(journal.journal.dramas.get(drama.id)).toMatchObject({
      title: 'Moonlit Ferry Crossing',
      nativeTitle: '달빛 나루터',
      platforms: ['tvN', 'Netflix'],
      genres: ['Romance', 'Fantasy'],
      episodes: 16,
      watch: { status: 'completed', episodesWatched: 16, finishedOn: '2024-05-02', rewatches: 1 },
    });
  });

  test('a drama can be added with only its English title; what is not known yet shows tidily, never as null, 0 or January', async ({
    app,
    page,
    journal,
  }) => {
    await app.open('#/new');
    const form = dramaForm(page);
    await expect(form.title).toHaveAttribute('aria-required', 'true');
    await expect(page.locator('.field__required')).toHaveText(['Required']);
    await expect(page.locator('.field__tag')).toHaveCount(5);
    await form.fill({ title: 'Someday Maybe' });
    await form.save.click();

    await expect(page.getByRole('heading', { level: 1, name: 'Someday Maybe' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).not.toContainText(/null|January|undefined|NaN|\(\)/);
    await expect(main.getByText('0 / 0')).toHaveCount(0);
    expect(journal.journal.dramas.list()).toMatchObject([{ title: 'Someday Maybe', nativeTitle: null, episodes: null, aired: { year: null, month: null } }]);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    const row = page.getByRole('row', { name: /Someday Maybe/ });
    await expect(row).toBeVisible();
    await expect(row).not.toContainText(/null|January|\/ 0/);
  });

  test('episode length (minutes) is set in the form, kept on edit, and counts in hours watched', async ({ app, page, journal }) => {
    await app.open('#/new');
    const form = dramaForm(page);
    const minutes = page.getByLabel('Episode length', { exact: true });
    await expect(minutes).toHaveValue('60');
    await form.fill({ title: 'Short Stories', episodes: '10', status: 'Completed' });
    await minutes.fill('25');
    await form.save.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Short Stories' })).toBeVisible();
    const [added] = journal.journal.dramas.list();
    expect(journal.journal.dramas.get(added!.id)).toMatchObject({ episodeMinutes: 25, episodes: 10 });
    expect(journalStats(journal.journal.db).totals.hoursWatched).toBeCloseTo((10 * 25) / 60, 1);

    await app.open(`#/drama/${added!.id}/edit`);
    await expect(page.getByLabel('Episode length', { exact: true })).toHaveValue('25');
    await page.getByLabel('Episode length', { exact: true }).fill('700');
    await form.save.click();
    await form.expectError(page.getByLabel('Episode length', { exact: true }), /minutes per episode must be a whole number from 1 to 600/i);
    await expect(page.locator('.form-error--summary')).toContainText(/minutes per episode/i);
    expect(journal.journal.dramas.get(added!.id).episodeMinutes).toBe(25);
  });

  test('bad input gets the core’s message beside the field, keeps what was typed, and saves nothing', async ({
    app,
    page,
    journal,
  }) => {
    await app.open('#/new');
    const form = dramaForm(page);
    await form.fill({
      nativeTitle: '사운드트랙 #2',
      platforms: ['Disney+'],
      airedMonth: 'December',
      airedYear: '2023',
      episodes: '6',
      genres: ['Romance'],
    });
    await form.save.click();
    await form.expectError(form.title, /English title is required/);
    await expect(form.title).toBeFocused();
    await expect(form.nativeTitle).toHaveValue('사운드트랙 #2');
    expect(journal.journal.dramas.list()).toEqual([]);

    await form.fill({ title: 'Soundtrack #2', episodes: '0' });
    await expect(form.title, 'typing in a field clears its old message').not.toHaveAttribute('aria-invalid');
    await form.save.click();
    await form.expectError(form.episodes, /episodes must be a whole number from 1 to 999/i);
    await expect(form.title).not.toHaveAttribute('aria-invalid');
    await expect(form.title).toHaveValue('Soundtrack #2');
    await expect(form.chosen('platforms')).toHaveText([/Disney\+/]);
    expect(journal.journal.dramas.list()).toEqual([]);

    await form.fill({ episodes: '6', episodesWatched: '9' });
    await form.save.click();
    await form.expectError(form.episodesWatched, /episodes watched cannot be more than the drama's 6 episodes/i);
    expect(journal.journal.dramas.list()).toEqual([]);

    await form.fill({ episodesWatched: '6' });
    await form.save.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Soundtrack #2' })).toBeVisible();
    expect(journal.journal.dramas.list()).toHaveLength(1);
  });

  test('every problem shows at once, each beside its own field, and nothing is saved', async ({ app, page, journal }) => {
    await app.open('#/new');
    const form = dramaForm(page);
    await form.fill({
      nativeTitle: '사운드트랙 #2',
      platforms: ['Disney+'],
      airedMonth: 'December',
      airedYear: '2023',
      episodes: '0',
      genres: ['Romance'],
    });
    await form.save.click();
    await form.expectError(form.title, /English title is required/);
    await form.expectError(form.episodes, /episodes must be a whole number from 1 to 999/i);
    await expect(form.nativeTitle).not.toHaveAttribute('aria-invalid');
    await expect(form.title, 'focus goes to the first field with a problem').toBeFocused();
    // A summary at the top lists both, in the form's order, each leading to its field.
    const summary = page.locator('.form-error--summary');
    await expect(summary.getByRole('listitem')).toHaveText([/English title is required/, /episodes must be a whole number/i]);
    await summary.getByRole('link', { name: /episodes must be/i }).click();
    await expect(form.episodes).toBeFocused();
    expect(journal.journal.dramas.list()).toEqual([]);
  });

  test('a bad edit leaves the stored drama as it was', async ({ app, page, journal }) => {
    const drama = addMoonlitFerry(journal);
    const before = journal.journal.dramas.get(drama.id);
    await app.open(`#/drama/${drama.id}/edit`);
    const form = dramaForm(page);
    await form.fill({ title: 'Renamed', startedOn: '2024-05-10', finishedOn: '2024-05-01' });
    await form.save.click();
    await form.expectError(form.finishedOn, /finished on cannot be before started on/i);
    await expect(form.title).toHaveValue('Renamed');
    expect(journal.journal.dramas.get(drama.id)).toEqual(before);
  });

  test('the episode count cannot go below an episode with notes: the message says which, and nothing changes', async ({ app, page, journal }) => {
    const drama = addMoonlitFerry(journal, { episodes: 16 });
    journal.journal.notes.add({ dramaId: drama.id, episode: 14, text: 'The twist.' });
    const before = journal.journal.dramas.get(drama.id);
    await app.open(`#/drama/${drama.id}/edit`);
    const form = dramaForm(page);
    await form.fill({ episodes: '12' });
    await form.save.click();
    await form.expectError(form.episodes, /cannot go down to 12: there are notes on episode 14; delete those notes first, or keep 16 episodes/i);
    expect(journal.journal.dramas.get(drama.id)).toEqual(before);
  });

  test('Esc and Cancel leave the form without saving; Ctrl+N and the menu open it', async ({ app, page, journal }) => {
    await app.open();
    await page.keyboard.press('Control+n');
    await expect(page.getByRole('heading', { level: 1, name: 'Add drama' })).toBeVisible();
    const form = dramaForm(page);
    await form.title.fill('Half typed');
    await page.keyboard.press('Escape');
    // What was typed is not thrown away silently: the app asks first.
    await page.getByRole('dialog', { name: 'Discard changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

    await app.sendMenuCommand('new-drama');
    await expect(page.getByRole('heading', { level: 1, name: 'Add drama' })).toBeVisible();
    await expect(form.title, 'the form starts empty again').toHaveValue('');
    await form.title.fill('Also abandoned');
    await form.cancel.click();
    await page.getByRole('dialog', { name: 'Discard changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    expect(journal.journal.dramas.list()).toEqual([]);

    await app.sendMenuCommand('open-settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await app.sendMenuCommand('open-library');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  });

  test('platforms and genres already in the journal are suggested while typing', async ({ app, page, journal }) => {
    addMoonlitFerry(journal);
    await app.open('#/new');
    const form = dramaForm(page);
    const suggested = (input: typeof form.platforms) =>
      input.evaluate((element) => [...((element as HTMLInputElement).list?.options ?? [])].map((option) => option.value));
    await expect.poll(() => suggested(form.platforms)).toEqual(['Netflix', 'tvN']);
    await expect.poll(() => suggested(form.genres)).toEqual(['Mystery', 'Romance']);
    await form.addTokens('platforms', ['Netflix']);
    await expect.poll(() => suggested(form.platforms), 'a chosen platform is not suggested again').toEqual(['tvN']);
  });
});
