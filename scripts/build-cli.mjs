#!/usr/bin/env node
// Builds the `dramalog` CLI into out/cli with esbuild: one ES module for the CLI and
// one for the site export's rendering thread (core/site/render-pool.ts finds it beside
// the bundle), so the command starts without compiling TypeScript. `npm run build` and
// npm's postinstall run it; bin/dramalog.js runs it too when the bundle is missing or
// older than a source it was built from (a source checkout being edited).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT_DIR = join(projectRoot, 'out', 'cli');
/** The list of sources the bundle was built from, for bin/dramalog.js's staleness check. */
export const CLI_INPUTS_FILE = join(CLI_OUT_DIR, 'inputs.json');

/**
 * Packages left to Node's own loader: native modules (better-sqlite3, sharp; ssh2, whose optional
 * native crypto is found at run time, and the publish clients built on it) and
 * `open`, which finds its xdg-open script beside its own file.
 */
const EXTERNAL = ['better-sqlite3', 'sharp', 'open', 'ssh2', 'ssh2-sftp-client', 'basic-ftp'];

/**
 * Keeps out of the bundle what the CLI never runs, so each start parses less:
 * react-dom/server's streaming renderer (the site uses renderToStaticMarkup, which
 * lives in its "legacy" build) and zod's translations of its own messages (the core
 * writes its own; zod's English default stays).
 */
const leaveOutUnused = {
  name: 'dramalog-leave-out-unused',
  setup(builder) {
    builder.onResolve({ filter: /^react-dom\/server$/ }, () => ({
      path: join(projectRoot, 'node_modules', 'react-dom', 'cjs', 'react-dom-server-legacy.node.production.js'),
    }));
    builder.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: resolve(args.resolveDir, args.path), namespace: 'zod-locales' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: dirname(args.path),
    }));
  },
};

export async function buildCli() {
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: {
      dramalog: 'src-main/cli/main.ts',
      'site-render-worker': 'src-main/core/site/render-worker.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    external: EXTERNAL,
    plugins: [leaveOutUnused],
    // react-dom/server's production build, several times faster, as in the app (electron.vite.config.ts).
    define: { 'process.env.NODE_ENV': '"production"' },
    // Bundled CommonJS packages call require() for Node's builtins.
    banner: { js: "import { createRequire as __dramalogRequire } from 'node:module'; const require = __dramalogRequire(import.meta.url);" },
    jsx: 'automatic',
    logLevel: 'error',
    // Less to parse at every start; names are kept for readable stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: false,
    metafile: true,
    write: false,
    outdir: CLI_OUT_DIR,
    outExtension: { '.js': '.js' },
  });
  // Written aside and renamed into place: two `dramalog` commands building at once never read half a file.
  mkdirSync(CLI_OUT_DIR, { recursive: true });
  const tag = `.partial-${process.pid}`;
  const files = [
    ...result.outputFiles.map((file) => ({ path: file.path, contents: file.contents })),
    {
      path: CLI_INPUTS_FILE,
      contents: JSON.stringify(Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/'))),
    },
  ];
  try {
    for (const file of files) writeFileSync(file.path + tag, file.contents);
    for (const file of files) renameSync(file.path + tag, file.path);
  } finally {
    for (const file of files) rmSync(file.path + tag, { force: true });
  }
  return files.map((file) => relative(projectRoot, file.path));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const written = await buildCli();
  console.log(`CLI built in ${Math.round(performance.now() - started)} ms: ${written.join(', ')}`);
}
