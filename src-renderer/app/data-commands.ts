/**
 * What the import, export, search, actors and statistics commands do when the
 * screen on view does not answer them (see commands.ts). Installed with the
 * app's other defaults in use-app-commands.ts.
 */
import { exportReviewOf, exportSite, updateSite } from '../features/export/export-store';
import { publishEverywhere } from '../features/publish/publish-store';
import { useImportStore } from '../features/import/import-store';
import { useTransferStore } from '../features/transfer/transfer-store';
import { runCommand, setDefaultCommand } from './commands';
import { navigate, useRouterStore } from './router-store';

export function installDataCommandDefaults(): (() => void)[] {
  return [
    // Export This Review… from a drama (or its review editor); anywhere else there is no "this review": the site.
    setDefaultCommand('export-review', () => {
      const { route } = useRouterStore.getState();
      if (route.name !== 'drama' && route.name !== 'review') return runCommand('export-site');
      void exportReviewOf(route.id);
    }),
    setDefaultCommand('export-site', () => exportSite()),
    setDefaultCommand('update-site', () => void updateSite()),
    setDefaultCommand('publish', () => publishEverywhere()),
    setDefaultCommand('import-review', () => void useImportStore.getState().chooseFiles()),
    setDefaultCommand('import-tracker', () => {
      navigate({ name: 'data' });
      void useTransferStore.getState().chooseCsv();
    }),
    setDefaultCommand('export-journal', () => {
      navigate({ name: 'data' });
      void useTransferStore.getState().dumpJournal();
    }),
    setDefaultCommand('load-journal', () => {
      navigate({ name: 'data' });
      void useTransferStore.getState().loadDump();
    }),
    setDefaultCommand('open-search', () => navigate({ name: 'search' })),
    setDefaultCommand('open-actors', () => navigate({ name: 'actors' })),
    setDefaultCommand('open-stats', () => navigate({ name: 'stats' })),
    setDefaultCommand('open-diary', () => navigate({ name: 'diary' })),
    setDefaultCommand('open-data', () => navigate({ name: 'data' })),
  ];
}
