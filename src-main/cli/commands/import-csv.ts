import { readFileSync } from 'node:fs';
import { invalidInput } from '../../core/common/errors';
import { WATCH_STATUS_LABELS, type TrackerImportPreview, type TrackerImportRow } from '../../core/common/model';
import { headlessContext, runDeclared } from '../../core/ipc/channel';
import { importTrackerFile, previewTrackerCsv } from '../../core/transfer/channels';
import { planTrackerImport } from '../../core/transfer/tracker-import';
import { TRACKER_NAMES } from '../../core/transfer/tracker-entry';
import { parseInput } from '../../core/common/validation/parse';
import { trackerImportSchema } from '../../core/common/validation/schemas';
import { progressText } from '../format/drama-text';
import type { Command } from './command';

function rowText(row: TrackerImportRow): string {
  const { drama } = row;
  const watch = drama.watch ?? {};
  const status = watch.status ? WATCH_STATUS_LABELS[watch.status] : '';
  const grade = row.grade ? `grade ${row.grade} (${row.rating})` : 'no grade';
  const lines = [`  line ${row.line}: ${drama.title}${drama.aired?.year ? ` (${drama.aired.year})` : ''}, ${status} ${progressText(watch.episodesWatched ?? 0, drama.episodes ?? null)}, ${grade}`];
  if (row.mergedLines.length) lines.push(`    with line${row.mergedLines.length > 1 ? 's' : ''} ${row.mergedLines.join(', ')} as rewatches`);
  if (row.assumed.length) lines.push(`    to check: ${row.assumed.join('; ')}`);
  return lines.join('\n');
}

function previewText(preview: TrackerImportPreview, saved: boolean): string {
  const verb = saved ? 'Imported' : 'Would import';
  const lines = [
    `${TRACKER_NAMES[preview.kind].replace(/^a /, 'A ')}: ${verb.toLowerCase()} ${preview.rows.length}, skipped ${preview.skipped.length}.`,
    `Ratings: ${preview.ratingRule}`,
  ];
  if (preview.rows.length) lines.push('', `${verb}:`, ...preview.rows.map(rowText));
  if (preview.skipped.length) lines.push('', 'Skipped:', ...preview.skipped.map((s) => `  line ${s.line}: ${s.reason}`));
  lines.push('', saved ? `Saved ${preview.rows.length} drama${preview.rows.length === 1 ? '' : 's'}.` : 'Dry run: nothing was saved.');
  return lines.join('\n');
}

export const importCsvCommand: Command = {
  name: 'import-csv',
  summary: 'Import a Letterboxd diary or MyDramaList list (CSV), with --dry-run to preview',
  synopsis: 'FILE [--kind letterboxd|mydramalist] [--dry-run] [--json]',
  description:
    'The kind is recognised from the header unless --kind says. Ratings become grades (10 → A+, 9.5 → A … below 4.5 → F; ' +
    'stars count double). Fields Dramalog needs that the file lacks are filled in plainly (platform and genre Unknown, ' +
    'the English title as the Korean title, January as the air month) and listed in each drama’s private note. ' +
    'Dramas already in the journal (same title and year) are skipped. All rows are saved, or, on any problem, none.',
  positionals: [{ name: 'FILE', description: 'The CSV file' }],
  options: {
    kind: { type: 'string', valueName: 'KIND', description: 'letterboxd or mydramalist (default: from the header)' },
    'dry-run': { type: 'boolean', description: 'Show what would be imported and skipped, and save nothing' },
    json: { type: 'boolean', description: 'Print the preview or report as JSON' },
  },
  async run({ values, positionals, resolvePath, readJournal, withJournal, print, printJson }) {
    const file = resolvePath(positionals[0]);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw invalidInput(`cannot read ${file}: ${(error as Error).message}`);
    }
    const input = parseInput(trackerImportSchema, { text, ...(values.kind !== undefined ? { kind: values.kind } : {}) });
    const dryRun = Boolean(values['dry-run']);
    // A bad file is refused before the journal is opened, so it never leaves a new empty journal behind.
    const withoutJournal = planTrackerImport(input, () => undefined);
    const result = dryRun
      ? await readJournal((journal) => runDeclared(previewTrackerCsv, input, headlessContext(journal)), () => withoutJournal)
      : await withJournal((journal) => runDeclared(importTrackerFile, input, headlessContext(journal)));
    if (values.json) printJson(result);
    else print(previewText(result, !dryRun));
  },
};
