import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openJournal } from '../../src-main/core/journal';
import { dump } from '../../src-main/core/transfer/dump';
import { libraryTitles } from '../support/browser/drama-form-page';
import { expect, test } from '../support/browser/fixtures';

// These tests play the desktop's native dialogs (journal.host answers them), so the page uses the in-page bridge.
test.use({ transport: 'bridge' });

/** Writes `text` to a file called `name` in `folder`; answers its path. */
function writeFile(folder: string, name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

test.describe('importing from a tracker', () => {
  test('a Letterboxd diary: preview, the skipped row and why, the rating rule, then import', async ({ scratch, app, page, journal }) => {
    const file = writeFile(
      scratch(),
      'diary.csv',
      csv(
        'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date',
        '2024-01-05,Soundtrack #2,2023,https://boxd.it/a,4.5,,music,2024-01-04',
        '2024-02-10,Moving,2023,https://boxd.it/b,5,,,2024-02-09',
        '2024-03-06,,2020,,3,,,2024-03-06',
      ),
    );
    journal.host.answerFiles([file]);
    await app.open();
    await app.sendMenuCommand('import-tracker');
    await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeVisible();
    const section = page.getByRole('region', { name: 'Import from a Tracker' });
    await expect(section.getByText('diary.csv: Letterboxd diary, 2 dramas to import')).toBeVisible();
    await expect(section.getByText('How ratings become grades:')).toBeVisible();
    await expect(section).toContainText('4.5★ → A-');

    const rows = section.getByRole('table', { name: 'Dramas the import would add' }).getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(section.getByRole('row', { name: /Soundtrack #2/ })).toContainText('4.5 stars');
    await expect(section.getByRole('row', { name: /Soundtrack #2/ }).locator('.grade')).toHaveText('A-');
    await expect(section.getByRole('row', { name: /Moving/ }).locator('.grade')).toHaveText('A+');
    await expect(section.getByRole('list', { name: 'Skipped rows' }).getByRole('listitem')).toHaveText(['Line 4: no Name: nothing to import']);
    expect(journal.journal.dramas.list({}), 'the preview saves nothing').toEqual([]);

    await section.getByRole('button', { name: 'Import 2 Dramas' }).click();
    await expect(section.getByText('Imported 2 dramas from diary.csv')).toBeVisible();
    await expect(section.getByRole('link', { name: 'Moving' })).toBeVisible();
    await expect(section.getByRole('list', { name: 'Skipped rows' })).toContainText('Line 4: no Name: nothing to import');
    expect(journal.journal.dramas.list({}).map((d) => [d.title, d.grade])).toEqual([
      ['Moving', 'A+'],
      ['Soundtrack #2', 'A-'],
    ]);
    expect(journal.host.asked.at(-1)).toMatchObject({ kind: 'files', request: { filters: [{ extensions: ['csv'] }] } });
  });

  test('a file that is not a tracker export is refused with the line, and nothing is imported', async ({ scratch, app, page, journal }) => {
    journal.host.answerFiles([writeFile(scratch(), 'groceries.csv', csv('Item,Count', 'eggs,12'))]);
    await app.open('#/data');
    const section = page.getByRole('region', { name: 'Import from a Tracker' });
    await section.getByRole('button', { name: 'Choose CSV file…' }).click();
    await expect(section.getByRole('alert')).toContainText('groceries.csv cannot be imported: line 1:');
    await expect(section.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
    expect(journal.journal.dramas.list({})).toEqual([]);
  });

  test('File > Export Journal… writes the JSON where the user chose', async ({ scratch, app, page, journal }) => {
    journal.journal.dramas.create({ title: 'Moving', nativeTitle: '무빙', platforms: ['Disney+'], aired: { year: 2023, month: 8 }, episodes: 20, genres: ['Action'] });
    const target = join(scratch(), 'journal.json');
    journal.host.answerSaveFile(target);
    await app.open();
    await app.sendMenuCommand('export-journal');
    await expect(page.getByRole('status').filter({ hasText: 'Saved 1 drama to' })).toContainText(target);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ format: 'dramalog-journal', dramas: [{ title: 'Moving', nativeTitle: '무빙' }] });
    expect(journal.host.asked.at(-1)).toMatchObject({ kind: 'save-file', request: { defaultName: expect.stringMatching(/\.json$/) } });
  });

  test('Load a journal dump… restores a dump into the empty journal; a second load is refused', async ({ scratch, app, page, journal }) => {
    const dir = scratch();
    const source = openJournal(join(dir, 'elsewhere.sqlite'));
    // The dump's settings replace the journal's: a journal that was set up writes onboarded.
    source.settings.update({ onboarded: true });
    source.dramas.create({ title: 'Moving', nativeTitle: '무빙', platforms: ['Disney+'], aired: { year: 2023, month: 8 }, episodes: 20, genres: ['Action'] });
    source.dramas.create({ title: 'Soundtrack #2', nativeTitle: '사운드트랙 #2', platforms: ['Disney+'], aired: { year: 2023, month: 12 }, episodes: 6, genres: ['Romance'] });
    const file = join(dir, 'journal.json');
    dump(source, file);
    source.close();

    journal.host.answerFiles([file]);
    await app.open('#/data');
    const section = page.getByRole('region', { name: 'Load a journal dump' });
    await section.getByRole('button', { name: 'Load a journal dump…' }).click();
    await expect(section.getByRole('status')).toHaveText('Loaded 2 dramas from the dump.');
    expect(journal.host.asked.at(-1)).toMatchObject({ kind: 'files', request: { filters: [{ extensions: ['json'] }] } });

    journal.host.answerFiles([file]);
    await section.getByRole('button', { name: 'Load a journal dump…' }).click();
    await expect(section.getByRole('alert')).toContainText('already holds 2 dramas');
    await expect(section.getByRole('alert')).toContainText('Nothing was loaded.');

    await app.sendMenuCommand('open-library');
    await expect(libraryTitles(page)).toHaveText(['Moving', 'Soundtrack #2']);
  });
});
