#!/usr/bin/env node
// The `dramalog` command: runs the CLI's bundle, out/cli/dramalog.js, which
// `npm run build` and npm's postinstall produce (scripts/build-cli.mjs). In a source
// checkout the bundle is rebuilt first, silently, when it is missing or older than a
// source it was built from (about a second, once). Paths are taken from this file,
// not the working directory, so `npx dramalog` works anywhere.
import { existsSync, readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22.1+ keeps the bundle's compiled code on disk between runs; older Node parses it each time.
module.enableCompileCache?.();

const root = new URL('../', import.meta.url);
const bundle = new URL('out/cli/dramalog.js', root);

if (needsBuild()) {
  const { buildCli } = await import(new URL('scripts/build-cli.mjs', root).href);
  await buildCli();
}

// `dramalog list | head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { runCli } = await import(bundle.href);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});

function needsBuild() {
  const builtAt = mtime(bundle);
  if (builtAt === null) return true;
  // Only where the sources are (a checkout): compare them with the bundle.
  if (!existsSync(new URL('scripts/build-cli.mjs', root))) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(new URL('out/cli/inputs.json', root), 'utf8'));
  } catch {
    return true;
  }
  return inputs.some((input) => (mtime(new URL(input, root)) ?? Infinity) > builtAt);
}

function mtime(url) {
  try {
    return statSync(fileURLToPath(url)).mtimeMs;
  } catch {
    return null;
  }
}
