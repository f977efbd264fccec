import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './src-main/shell/content-security-policy';
import { RENDERER_ALIASES } from './renderer-aliases.ts';

/**
 * Writes the Content-Security-Policy into the built index.html as a <meta> tag,
 * from the one declaration the shell also sends as a header. Not in dev: there the
 * shell sends the dev server's relaxed policy as a header (Vite injects inline
 * styles and React Refresh an inline script, which the strict policy refuses).
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'dramalog-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  main: {
    // The site export renders pages with react-dom/server in main. Bundling React with
    // NODE_ENV fixed to production gives its production build (several times faster)
    // however Electron is started.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'out/main',
      externalizeDeps: { exclude: ['react', 'react-dom'] },
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src-main/shell/main.ts'),
          // The site export's rendering thread: its own file, found beside the bundle (core/site/render-pool.ts).
          'site-render-worker': resolve(__dirname, 'src-main/core/site/render-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-main/shell/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    // The renderer reaches the core only through these (tsconfig.json declares the same).
    resolve: { alias: RENDERER_ALIASES },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
});
