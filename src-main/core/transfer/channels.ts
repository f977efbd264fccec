import { trackerImportSchema } from '../common/validation/schemas';
import { noInput } from '../common/validation/no-input';
import { chooseTrackerCsv } from '../interactive/choose-text-files';
import { dumpToChosenFile } from '../interactive/dump-to-chosen-file';
import { loadChosenFile } from '../interactive/load-chosen-file';
import { reads, writes } from '../ipc/channel';
import { importTrackerCsv, previewTrackerImport } from './tracker-import';

/** Reads a Letterboxd diary or MyDramaList CSV and shows what importing it would do; writes nothing. Also the CLI's `import-csv --dry-run`. */
export const previewTrackerCsv = reads(trackerImportSchema, (input, { journal }) => previewTrackerImport(journal, input));
/** Imports such a CSV in one transaction: all of the preview's rows, or nothing. Also the CLI's `import-csv`. */
export const importTrackerFile = writes(trackerImportSchema, (input, { journal }) => importTrackerCsv(journal, input));

export const transferChannels = {
  'journal.info': reads(noInput, (_input, { journal }) => ({ path: journal.path, version: journal.version })),
  /** Asks the user where to save, then writes the whole journal there as JSON (File > Export Journal…). */
  'journal.dump': reads(noInput, (_input, { journal, host }) => dumpToChosenFile(journal, host)),
  /**
   * Asks the user for a dump, then restores it into this journal if it is empty (like `dramalog load`).
   * Declared as asking, not writing: the restore opens its own transaction once the user has answered.
   */
  'journal.load': reads(noInput, (_input, { journal, host }) => loadChosenFile(journal, host)),

  /** Asks the user for a tracker CSV file and answers its name and text; `cancelled` when dismissed. */
  'transfer.chooseCsv': reads(noInput, (_input, { host }) => chooseTrackerCsv(host)),
  'transfer.previewCsv': previewTrackerCsv,
  'transfer.importCsv': importTrackerFile,
};
