import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { JournalError, invalidInput } from '../../core/common/errors';
import { formatMonthYear } from '../../core/common/house-format/format';
import { importReview, type ImportResult } from '../../core/house-format/import';
import { parseHouseReview } from '../../core/common/house-format/parse';
import type { Command } from './command';

function lineFor(file: string, result: ImportResult, aired: string): string {
  const name = basename(file);
  if (result.status === 'created') return `${name}: imported as drama ${result.dramaId} (${result.title})`;
  if (result.status === 'replaced') return `${name}: replaced drama ${result.dramaId} (${result.title})`;
  return `${name}: skipped, ${result.title} (${aired}) is already drama ${result.dramaId}; --replace replaces it`;
}

export const importReviewCommand: Command = {
  name: 'import',
  summary: 'Import reviews written in the house format (plain text), as completed dramas with final reviews',
  synopsis: 'FILE… [--replace] [--json]',
  description:
    'Every file is read and checked first: one that is not in the house format is refused with its line and what was ' +
    'expected there, and then nothing is saved. A drama already in the journal (same title and air month) is skipped ' +
    'unless --replace, which overwrites it in place (it keeps its id and notes).',
  positionals: [{ name: 'FILE…', description: 'One or more review text files', variadic: true }],
  options: {
    replace: { type: 'boolean', description: 'Overwrite a drama that is already in the journal' },
    json: { type: 'boolean', description: 'Print one JSON object per file: file, status, dramaId, title' },
  },
  async run({ values, positionals, resolvePath, withJournal, print, printJson }) {
    const files = positionals.map(resolvePath);
    // Checked before the journal is opened: a bad file saves nothing and never creates an empty journal.
    const texts = files.map((file) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw invalidInput(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      try {
        return { file, text, aired: formatMonthYear(parseHouseReview(text).aired) };
      } catch (error) {
        if (error instanceof JournalError) throw new JournalError(error.code, `${basename(file)}: ${error.message}`);
        throw error;
      }
    });
    const results = await withJournal((journal) =>
      journal.transaction(() => texts.map(({ text }) => importReview(journal, text, { replace: Boolean(values.replace) }))),
    );
    if (values.json) {
      printJson(results.map((result, i) => ({ file: files[i], ...result })));
      return;
    }
    print(results.map((result, i) => lineFor(files[i], result, texts[i].aired)).join('\n'));
  },
};
