#!/usr/bin/env node
// How long `dramalog --help` and `dramalog list` (on an empty journal) take to start,
// beside `node -e 0` on the same machine, run in turns so load affects all three alike.
// The goal: each under 150 ms more than `node -e 0`. Wall time suffers when other work
// shares the CPUs, so each process's own CPU time (user + system) is given too.

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
// Loaded before each command: reports the process's CPU time as it exits.
const reportCpu = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('cpu-us '+(u.user+u.system)+'\\n')})`;
const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const cpu = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
try {
  // `list` only reads and never starts a journal, so an empty one is made first (npm run bench runs this under tsx).
  const { openJournal } = await import('../src-main/core/journal.ts');
  openJournal(db).close();
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, args] of Object.entries(commands)) {
      const started = performance.now();
      const { status, stderr } = spawnSync(process.execPath, ['--import', reportCpu, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      if (status !== 0) throw new Error(`${name} exited ${status}: ${stderr}`);
      times[name].push(performance.now() - started);
      cpu[name].push(Number(/cpu-us (\d+)/.exec(stderr)?.[1] ?? NaN) / 1000);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const best = (list) => Math.min(...list);
for (const [name, list] of Object.entries(times)) {
  const over = (figure, of) => (name === 'node -e 0' ? '' : ` (+${Math.round(figure(of[name]) - figure(of['node -e 0']))})`);
  console.log(
    `${name.padEnd(30)} wall: median ${Math.round(median(list))} ms${over(median, times)}, best ${Math.round(best(list))} ms${over(best, times)}; ` +
      `CPU: median ${Math.round(median(cpu[name]))} ms${over(median, cpu)}`,
  );
}
console.log('(+N: milliseconds more than node -e 0)');
