import { WATCH_STATUS_LABELS, type DramaSummary } from '../../core/common/model';
import { publicCover } from '../../core/covers/cover-pictures';
import { toShownDrama, type ShownDrama } from '../../core/dramas/public-json';
import { progressText, UNKNOWN } from '../format/drama-text';
import { renderTable, type Column } from '../format/table';
import type { Command } from './command';

const COLUMNS: Column<DramaSummary>[] = [
  { header: 'ID', cell: (d) => String(d.id), align: 'right' },
  { header: 'Title', cell: (d) => d.title },
  { header: 'Korean title', cell: (d) => d.nativeTitle ?? UNKNOWN },
  { header: 'Grade', cell: (d) => d.grade ?? '-' },
  { header: 'Status', cell: (d) => WATCH_STATUS_LABELS[d.status] },
  { header: 'Progress', cell: (d) => progressText(d.episodesWatched, d.episodes), align: 'right' },
];

export const listCommand: Command = {
  name: 'list',
  summary: 'List every drama with its grade, status and progress',
  synopsis: '[--json]',
  description: 'Sorted by title. With --json, prints an array of the objects `dramalog show --json` prints.',
  positionals: [],
  options: {
    json: { type: 'boolean', description: 'Print JSON instead of a table' },
  },
  async run({ values, readJournal, print, printJson, journalPath }) {
    if (values.json) {
      const dramas = await readJournal<ShownDrama[]>((journal) =>
        journal.dramas.list().map((summary) => toShownDrama(journal.dramas.get(summary.id), journal.diary.history(summary.id), publicCover(journal, summary.id))),
      );
      printJson(dramas);
      return;
    }
    const summaries = await readJournal((journal) => journal.dramas.list());
    print(summaries.length ? renderTable(COLUMNS, summaries) : `No dramas in ${journalPath} yet. Add one with: dramalog add --help`);
  },
};
