#!/usr/bin/env node
// The `dramalog` command. Plain JavaScript so it runs on plain Node (no build,
// no Electron): tsx compiles the TypeScript CLI on the fly. Paths are taken
// from this file, not the working directory, so `npx dramalog` works anywhere.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const tsx = register({ namespace: 'dramalog-cli', tsconfig: existsSync(tsconfig) ? tsconfig : false });

// `dramalog list | head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { runCli } = await tsx.import('../src-main/cli/main.ts', import.meta.url);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
