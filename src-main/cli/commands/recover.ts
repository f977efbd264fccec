import { recoverJournal } from '../../core/recover';
import { UsageError } from '../io';
import type { Command } from './command';

export const recoverCommand: Command = {
  name: 'recover',
  summary: 'Copy what can still be read of a damaged journal into a new journal file',
  synopsis: '--out FILE',
  description:
    'For a journal that failed its check when opened. The damaged journal is only read and stays as it is; ' +
    'FILE must not exist yet. Prints how many rows of each table were recovered.',
  positionals: [],
  options: {
    out: { type: 'string', valueName: 'FILE', description: 'The new journal to write' },
  },
  run({ values, resolvePath, print, journalPath }) {
    const out = values.out as string | undefined;
    if (out === undefined) throw new UsageError('recover needs --out FILE', 'recover');
    const report = recoverJournal(journalPath, resolvePath(out));
    const incomplete = report.tables.filter((t) => t.incomplete).map((t) => t.table);
    print(
      [
        `Recovered ${journalPath} into ${report.file}:`,
        ...report.tables.map((t) => `  ${t.table}: ${t.rows} row${t.rows === 1 ? '' : 's'}${t.incomplete ? ' (some could not be read)' : ''}`),
        incomplete.length ? 'Check the recovered journal: some rows were lost to the damage.' : 'Every row could be read.',
      ].join('\n'),
    );
  },
};
