import { expect, test } from '../support/browser/fixtures';
import { overflowsSideways } from '../support/browser/page-checks';
import { addMoonlitFerry } from '../support/browser/moonlit-ferry';

for (const width of [390, 720, 1280]) {
  test(`library at ${width} px: the Finished column and its longest day fit inside the table's right edge`, async ({ app, page, journal }) => {
    addMoonlitFerry(journal, { watch: { status: 'completed', startedOn: '2025-09-01', finishedOn: '2025-09-30' } });
    await page.setViewportSize({ width, height: 800 });
    await app.open('#/library');
    const table = page.getByRole('table', { name: 'Dramas in your journal' });
    const header = table.getByRole('columnheader', { name: 'Finished' });
    const day = table.getByRole('cell', { name: 'Sept. 30, 2025' });
    const edge = (await table.boundingBox())!;
    const tableRight = edge.x + edge.width;
    for (const cell of [header, day]) {
      // The text itself (not just its box) ends inside the table, with room to spare.
      const textRight = await cell.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return range.getBoundingClientRect().right;
      });
      expect(textRight).toBeLessThanOrEqual(tableRight - 8);
    }
    expect(await overflowsSideways(page)).toBe(false);
  });
}

test('home: drafts and recently finished are the same kind of list, each row a grade, a linked title and a line about it', async ({ app, page, journal }) => {
  const draft = addMoonlitFerry(journal, { title: 'Draft Drama' });
  journal.journal.reviews.save({ dramaId: draft.id, grade: null, reviewer: { name: 'Jill', location: '' }, intro: ['Half.'], story: [], closing: [], state: 'draft' });
  addMoonlitFerry(journal, { title: 'Done Drama', watch: { status: 'completed', finishedOn: '2025-01-20' } });
  await app.open('#/home');
  const drafts = page.getByRole('list', { name: 'Drafts in progress' });
  const finished = page.getByRole('list', { name: 'Recently finished' });
  await expect(drafts.getByRole('listitem')).toHaveText([/Draft Drama\s*Draft review · continue writing/]);
  await expect(finished.getByRole('listitem')).toHaveText([/Done Drama\s*Finished Jan\. 20, 2025\s*Write a review/]);
  await expect(drafts.getByRole('link', { name: 'Draft Drama' })).toHaveAttribute('href', `#/drama/${draft.id}/review`);
});
