#!/usr/bin/env node
// How long `dramalog --help` and `dramalog list` (on an empty journal) take to start,
// beside `node -e 0` on the same machine, run in turns so load affects all three alike.
// The goal: each under 150 ms more than `node -e 0`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from './build-cli.mjs';

const RUNS = 15;
await buildCli();
const dir = mkdtempSync(join(tmpdir(), 'dramalog-bench-cli-'));
const db = join(dir, 'journal.sqlite');
const commands = {
  'node -e 0': ['-e', '0'],
  'dramalog --help': ['bin/dramalog.js', '--help'],
  'dramalog list (empty journal)': ['bin/dramalog.js', 'list', '--db', db],
};
const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
try {
  spawnSync(process.execPath, commands['dramalog list (empty journal)'], { stdio: 'ignore' }); // creates the journal
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, args] of Object.entries(commands)) {
      const started = performance.now();
      const { status } = spawnSync(process.execPath, args, { stdio: 'ignore' });
      if (status !== 0) throw new Error(`${name} exited ${status}`);
      times[name].push(performance.now() - started);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const best = (list) => Math.min(...list);
const base = times['node -e 0'];
for (const [name, list] of Object.entries(times)) {
  const extra = name === 'node -e 0' ? '' : `  (+${Math.round(median(list) - median(base))} ms median, +${Math.round(best(list) - best(base))} ms best, over node -e 0)`;
  console.log(`${name.padEnd(30)} median ${Math.round(median(list))} ms, best ${Math.round(best(list))} ms${extra}`);
}
