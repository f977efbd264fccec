// Starts render-worker.ts in a worker thread when Dramalog runs from its
// TypeScript sources (the CLI through tsx, the tests through Vitest): a worker
// does not inherit the parent's TypeScript loader, so it registers tsx itself,
// with the project's tsconfig (JSX needs it). The built app starts the bundled
// render worker instead (electron.vite.config.ts) and never loads this file.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../../../tsconfig.json', import.meta.url));
await tsImport('./render-worker.ts', { parentURL: import.meta.url, tsconfig: existsSync(tsconfig) ? tsconfig : false });
