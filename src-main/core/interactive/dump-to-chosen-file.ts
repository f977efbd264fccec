import { localToday } from '../clock';
import type { Host } from '../ipc/host';
import type { Journal } from '../journal';
import { dump } from '../transfer/dump';
import { cancelledBy } from './tasks';

export interface JournalDumpSummary {
  /** Where the JSON was written. */
  file: string;
  dramas: number;
  /** Picture files copied into the folder beside the JSON. */
  pictures: number;
}

/** The name the save dialog suggests: the journal and the day, e.g. `dramalog-journal-2024-03-09.json`. */
export function suggestedDumpName(now: Date): string {
  return `dramalog-journal-${localToday({ now: () => now })}.json`;
}

/**
 * File > Export Journal…: asks where to save (the renderer never names a path),
 * then writes the whole journal there as JSON, pictures in the folder beside it
 * (see transfer/dump.ts: the file appears whole or not at all). Rejects with
 * `cancelled` when the user dismissed the dialog.
 */
export async function dumpToChosenFile(journal: Journal, host: Host, now: Date = new Date()): Promise<JournalDumpSummary> {
  const file = await host.chooseSaveFile({
    title: 'Export the journal as JSON',
    defaultName: suggestedDumpName(now),
    filters: [{ name: 'Dramalog journal (JSON)', extensions: ['json'] }],
  });
  if (file === null) throw cancelledBy('no file was chosen; nothing was exported');
  return dump(journal, file);
}
