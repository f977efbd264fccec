/**
 * Runs a site export in a process of its own and kills it (SIGKILL, as a power
 * cut or a crash would) just before step KILL_AT of the swap into DIR; with no
 * such step, the export finishes. Prints the step it died at, or `finished`.
 *
 *   node --import tsx export-then-die.ts JOURNAL DIR KILL_AT
 */
import { openJournal } from '../../../../src-main/core/journal';
import { exportSite } from '../../../../src-main/core/site/export-site';
import { onSwapStep } from '../../../../src-main/core/site/swap';

const [journalPath, site, killAt] = process.argv.slice(2);
let steps = 0;
onSwapStep((step) => {
  if (steps++ !== Number(killAt)) return;
  process.stdout.write(step);
  process.kill(process.pid, 'SIGKILL');
});
const journal = openJournal(journalPath);
await exportSite(journal, site);
journal.close();
process.stdout.write('finished');
