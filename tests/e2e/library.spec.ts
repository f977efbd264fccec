import type { Grade } from '../../src-main/core/common/model';
import { libraryTitles } from '../support/browser/drama-form-page';
import { expect, test } from '../support/browser/fixtures';
import type { JournalUnderTest } from '../support/browser/journal-under-test';

function seed(journal: JournalUnderTest, title: string, nativeTitle: string, grade: Grade | null, finishedOn: string | null) {
  const drama = journal.journal.dramas.create({
    title,
    nativeTitle,
    platforms: ['Netflix'],
    aired: { year: 2022, month: 5 },
    episodes: 10,
    genres: ['Romance'],
    watch: finishedOn ? { status: 'completed', finishedOn } : { status: 'watching', episodesWatched: 3 },
  });
  if (grade) {
    journal.journal.reviews.save({
      dramaId: drama.id,
      grade,
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['First impressions.'],
      story: [],
      closing: [],
      state: 'draft',
    });
  }
  return drama;
}

test.describe('the library', () => {
  test('an empty journal says what to do, and its button opens the form', async ({ app, page }) => {
    await app.open();
    const main = page.getByRole('main');
    await expect(main.getByText('Your journal is empty.')).toBeVisible();
    await expect(main.getByText(/Add a drama you watched/)).toBeVisible();
    await expect(page.getByLabel('Sort by'), 'nothing to sort yet').toHaveCount(0);
    await main.getByRole('button', { name: 'Add drama' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add drama' })).toBeVisible();
  });

  test('every drama shows its titles, grade, status and progress', async ({ app, page, journal }) => {
    seed(journal, 'Soundtrack #2', '사운드트랙 #2', 'B+', '2024-01-20');
    seed(journal, 'Moonlit Ferry', '달빛 나루', null, null);
    await app.open();

    await expect(page.getByText('2 dramas')).toBeVisible();
    const finished = page.getByRole('row', { name: /Soundtrack #2/ });
    await expect(finished.getByText('사운드트랙 #2')).toHaveAttribute('lang', 'ko');
    await expect(finished).toContainText('B+');
    await expect(finished).toContainText('Completed');
    await expect(finished).toContainText('10 / 10');

    const watching = page.getByRole('row', { name: /Moonlit Ferry/ });
    await expect(watching).toContainText('Not graded');
    await expect(watching).toContainText('Watching');
    await expect(watching).toContainText('3 / 10');

    await finished.getByRole('link', { name: 'Soundtrack #2' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Soundtrack #2' })).toBeVisible();
  });

  test('sorts by title, grade and date finished', async ({ app, page, journal }) => {
    seed(journal, 'Crash Landing on You', '사랑의 불시착', 'A', '2020-03-01');
    seed(journal, 'Alchemy of Souls', '환혼', 'B+', '2022-09-01');
    seed(journal, 'Business Proposal', '사내맞선', null, null);
    seed(journal, 'Doona!', '이두나!', 'A+', '2023-11-15');
    await app.open();

    const sortBy = page.getByLabel('Sort by');
    await expect(sortBy).toHaveValue('title');
    await expect(libraryTitles(page)).toHaveText(['Alchemy of Souls', 'Business Proposal', 'Crash Landing on You', 'Doona!']);

    await sortBy.selectOption({ label: 'Grade' });
    await expect(libraryTitles(page)).toHaveText(['Doona!', 'Crash Landing on You', 'Alchemy of Souls', 'Business Proposal']);

    await sortBy.selectOption({ label: 'Date finished' });
    await expect(libraryTitles(page)).toHaveText(['Doona!', 'Alchemy of Souls', 'Crash Landing on You', 'Business Proposal']);

    await sortBy.selectOption({ label: 'Title' });
    await expect(libraryTitles(page)).toHaveText(['Alchemy of Souls', 'Business Proposal', 'Crash Landing on You', 'Doona!']);
  });
});
