import { MAX_IMPORT_TEXT as MAX_REVIEW_TEXT } from '../common/validation/schemas';
import { invalidInput } from '../common/errors';
import type { Host } from '../ipc/host';
import { MAX_TRACKER_CSV_TEXT } from '../common/validation/schemas';
import { readChosenText, type ChosenText } from './read-text-file';
import { cancelledBy } from './tasks';

/** How many reviews one File > Import Review… may bring in at once. */
export const MAX_REVIEW_FILES = 100;

/**
 * File > Import Review…: asks for one or more plain-text reviews and answers
 * their names and texts for the import dialog, which previews and saves each
 * through the import channels (house-format/channels.ts). Nothing is saved here. Rejects
 * with `cancelled` when the user dismissed the dialog.
 */
export async function chooseReviewFiles(host: Host): Promise<{ files: ChosenText[] }> {
  const paths = await host.chooseFiles({
    title: 'Import reviews in the house format',
    filters: [{ name: 'Plain-text reviews', extensions: ['txt'] }],
    multiple: true,
  });
  if (paths.length === 0) throw cancelledBy('no file was chosen; nothing was imported');
  if (paths.length > MAX_REVIEW_FILES) throw invalidInput(`choose at most ${MAX_REVIEW_FILES} reviews at a time (${paths.length} were chosen)`);
  return { files: paths.map((path) => readChosenText(path, MAX_REVIEW_TEXT)) };
}

/**
 * The tracker import's file button: asks for one Letterboxd or MyDramaList CSV
 * and answers its name and text for `transfer.previewCsv`. Rejects with
 * `cancelled` when the user dismissed the dialog.
 */
export async function chooseTrackerCsv(host: Host): Promise<ChosenText> {
  const [path] = await host.chooseFiles({
    title: 'Import from Letterboxd or MyDramaList',
    filters: [{ name: 'CSV files', extensions: ['csv'] }],
  });
  if (path === undefined) throw cancelledBy('no file was chosen; nothing was imported');
  return readChosenText(path, MAX_TRACKER_CSV_TEXT);
}
