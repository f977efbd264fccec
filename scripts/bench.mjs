#!/usr/bin/env node
// `npm run bench`: runs every benchmark and prints its figures. Benchmarks measure; they never fail a build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = [
  ['site export', 'scripts/bench-export.ts'],
  ['export responsiveness', 'scripts/bench-export-responsiveness.ts'],
  ['pictures on the site', 'scripts/bench-export-pictures.ts'],
  ['publish over SFTP', 'scripts/bench-publish.ts'],
  ['search', 'scripts/bench-search.ts'],
  ['journal check and saves', 'scripts/bench-journal.ts'],
  ['readers', 'scripts/bench-parse.ts'],
  ['earlier versions', 'scripts/bench-revisions.ts'],
  ['serve over HTTP', 'scripts/bench-serve.ts'],
  ['renderer (Chromium)', 'scripts/bench-renderer.ts'],
  ['diary (Chromium)', 'scripts/bench-diary.ts'],
  ['CLI start', 'scripts/bench-cli-start.mjs'],
];

const only = process.argv.slice(2);
let failed = 0;
for (const [label, file] of benches) {
  if (only.length && !only.some((name) => label.includes(name) || file.includes(name))) continue;
  if (!existsSync(file)) continue;
  console.log(`\n### ${label} (${file})`);
  const { status } = spawnSync('npx', ['tsx', '--expose-gc', file], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
