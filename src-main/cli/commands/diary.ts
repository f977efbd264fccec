import { diaryQuerySchema } from '../../core/diary/schemas';
import type { DiaryListing } from '../../core/common/types/diary';
import { WATCH_STATUS_LABELS } from '../../core/common/model';
import { parseInput } from '../../core/common/validation/parse';
import type { Command } from './command';
import { numberOrText } from './values';

/** One entry a line: the day, the drama, first watch or rewatch, and how it ended if it did not. */
function entryLine(entry: DiaryListing): string {
  const day = entry.finishedOn ?? (entry.startedOn ? `${entry.startedOn}…` : 'undated');
  const how = [
    entry.rewatch ? 'rewatch' : 'first watch',
    ...(entry.status === 'completed' ? [] : [WATCH_STATUS_LABELS[entry.status].toLowerCase()]),
  ].join(', ');
  return `${day.padEnd(11)}  ${entry.title} (${how})${entry.note ? ` — ${entry.note}` : ''}`;
}

export const diaryCommand: Command = {
  name: 'diary',
  summary: 'List every watch in the diary, newest first',
  synopsis: '[--year YYYY] [--json]',
  description: 'Each watch of each drama (planned dramas are not watches yet), by the day it was finished or, unfinished, started; undated rewatches last.',
  positionals: [],
  options: {
    year: { type: 'string', valueName: 'YYYY', description: 'Only watches finished (or started) in this year' },
    json: { type: 'boolean', description: 'Print JSON instead of text' },
  },
  async run({ values, readJournal, print, printJson }) {
    const query = parseInput(diaryQuerySchema, values.year === undefined ? {} : { year: numberOrText(values.year as string) });
    const entries = await readJournal((journal) => journal.diary.list(query));
    if (values.json) printJson(entries.map(({ id: _id, ...entry }) => entry));
    else print(entries.length ? entries.map(entryLine).join('\n') : `The diary has no watches${query.year ? ` in ${query.year}` : ''} yet.`);
  },
};
