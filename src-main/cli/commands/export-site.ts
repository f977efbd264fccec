import { parseInput } from '../../core/common/validation/parse';
import { idInputSchema } from '../../core/common/validation/schemas';
import { UsageError } from '../io';
import type { Command } from './command';
import { numberOrText } from './values';

export const exportSiteCommand: Command = {
  name: 'export',
  summary: 'Export the reviews as a static website (index, lists, one page per review, feed)',
  synopsis: '--out DIR [--id ID] [--include-drafts] [--json]',
  description:
    'DIR must be new, empty, or an earlier export: another folder with files in it is refused, and files you added ' +
    'to an export are never touched. The site is built beside DIR and swapped in, so an interrupted export ' +
    '(Ctrl-C) leaves the previous one as it was. A re-export writes only what changed. Drafts are left out unless ' +
    '--include-drafts; --id exports one review (to its own folder).',
  positionals: [],
  options: {
    out: { type: 'string', valueName: 'DIR', description: 'The folder to export to' },
    id: { type: 'string', valueName: 'ID', description: 'Export only this drama’s review' },
    'include-drafts': { type: 'boolean', description: 'Export draft reviews too' },
    json: { type: 'boolean', description: 'Print what was written as JSON' },
  },
  async run({ values, resolvePath, readJournal, print, printJson }) {
    const out = values.out as string | undefined;
    if (out === undefined) throw new UsageError('export needs --out DIR', 'export');
    const outDir = resolvePath(out);
    const onlyDramaId = values.id === undefined ? undefined : parseInput(idInputSchema, { id: numberOrText(values.id as string) }).id;
    // React's production build renders several times faster; the app ships it, so the CLI uses it too.
    // (Set before the export code, and with it React, is first loaded.)
    process.env.NODE_ENV ??= 'production';
    const { exportSite } = await import('../../core/site/export-site');
    const controller = new AbortController();
    const interrupt = () => controller.abort();
    process.once('SIGINT', interrupt);
    try {
      const result = await readJournal((journal) =>
        exportSite(journal, outDir, { includeDrafts: Boolean(values['include-drafts']), onlyDramaId, signal: controller.signal }),
      );
      if (values.json) printJson(result);
      else {
        const extra = [
          result.removed ? `${result.removed} removed` : '',
          result.kept.length ? `kept ${result.kept.join(', ')} (changed since Dramalog wrote it)` : '',
        ].filter(Boolean);
        print(
          `Exported ${result.pages} pages to ${result.outDir}: ${result.written} files written, ${result.unchanged} unchanged` +
            (extra.length ? `, ${extra.join(', ')}` : ''),
        );
      }
    } finally {
      process.removeListener('SIGINT', interrupt);
    }
  },
};
