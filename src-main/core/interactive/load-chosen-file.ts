import type { Host } from '../ipc/host';
import type { Journal } from '../journal';
import { load } from '../transfer/load';
import { cancelledBy } from './tasks';

/**
 * The Data screen's Load a journal dump… (File > Load Journal Dump…): asks for
 * one JSON dump, then restores it by the same checks as `dramalog load`: into
 * an empty journal only, every record checked before anything is written, in
 * one transaction. Rejects with `cancelled` when the user dismissed the dialog.
 */
export async function loadChosenFile(journal: Journal, host: Host): Promise<{ dramas: number }> {
  const [path] = await host.chooseFiles({
    title: 'Load a Dramalog journal dump',
    filters: [{ name: 'Dramalog journal (JSON)', extensions: ['json'] }],
  });
  if (path === undefined) throw cancelledBy('no file was chosen; nothing was loaded');
  return load(journal, path);
}
