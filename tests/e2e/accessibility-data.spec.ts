import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReference } from '../fixtures/fixtures';
import { expect, test } from '../support/browser/fixtures';
import { seriousViolations } from '../support/browser/page-checks';
import { seedKnownJournal } from '../support/browser/known-journal';

// These tests play the desktop's native dialogs (journal.host answers them), so the page uses the in-page bridge.
test.use({ transport: 'bridge' });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`search, actors, statistics, import and export have no serious accessibility problems (${colorScheme})`, async ({ scratch, app, page, journal }) => {
    const folder = scratch();
    await page.emulateMedia({ colorScheme });
    const { first } = seedKnownJournal(journal);
    await app.open('#/stats');
    await page.getByRole('figure', { name: 'Dramas finished per year' }).getByText('Show the numbers').click();
    expect(await seriousViolations(page), 'statistics').toEqual([]);

    await app.open('#/search');
    await page.getByRole('combobox', { name: 'Search your journal' }).fill('moon');
    await expect(page.getByRole('option')).toHaveCount(1);
    expect(await seriousViolations(page), 'search').toEqual([]);

    await app.open('#/actors');
    expect(await seriousViolations(page), 'actors').toEqual([]);
    await app.open('#/actors/Park%20Min%20Jae');
    await expect(page.getByRole('heading', { level: 1, name: 'Park Min Jae' })).toBeVisible();
    expect(await seriousViolations(page), 'actor').toEqual([]);

    await app.open(`#/drama/${first}`);
    await expect(page.getByRole('region', { name: 'Cast' }).getByRole('link')).toHaveCount(1);
    expect(await seriousViolations(page), 'drama screen with its cast').toEqual([]);

    // The import dialog: refused, previewed, then the cast step.
    await app.open('#/data');
    expect(await seriousViolations(page), 'import and export').toEqual([]);
    await page.getByRole('button', { name: 'Paste a review…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import review' });
    await dialog.getByLabel('Review text').fill('Not a review');
    await expect(dialog.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(page), 'import dialog with a refusal').toEqual([]);
    await dialog.getByLabel('Review text').fill(readReference());
    await expect(dialog.getByTestId('import-preview')).toBeVisible();
    expect(await seriousViolations(page), 'import dialog with a preview').toEqual([]);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('group', { name: 'Cast named in the review' })).toBeVisible();
    expect(await seriousViolations(page), 'cast suggestions').toEqual([]);
    await dialog.getByRole('button', { name: 'Skip' }).click();
    await expect(dialog).toBeHidden();

    // The export dialog: the question, then the result.
    journal.host.answerFolder(join(folder, 'site'));
    await app.sendMenuCommand('export-site');
    const exporting = page.getByRole('dialog', { name: 'Export site' });
    expect(await seriousViolations(page), 'export dialog').toEqual([]);
    await exporting.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(exporting.getByText('Exported to')).toBeVisible();
    expect(await seriousViolations(page), 'export done').toEqual([]);
    await exporting.getByRole('button', { name: 'Done' }).click();

    // The tracker import's preview.
    const csv = join(folder, 'list.csv');
    writeFileSync(csv, 'Title,Status,Episodes Seen,Score\nMoving,Completed,20,9\n,Completed,3,7\n');
    journal.host.answerFiles([csv]);
    await app.open('#/data');
    await page.getByRole('button', { name: 'Choose CSV file…' }).click();
    await expect(page.getByText('How ratings become grades:')).toBeVisible();
    expect(await seriousViolations(page), 'tracker preview').toEqual([]);
  });
}
