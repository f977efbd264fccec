import { fileURLToPath } from 'node:url';

/**
 * The renderer's two doors into the core, as the build tools spell them (tsconfig.json `paths` says the same):
 * `@common/*` for code that runs anywhere, `@core/*` for types only (`import type`).
 */
export const RENDERER_ALIASES = {
  '@common': fileURLToPath(new URL('./src-main/core/common', import.meta.url)),
  '@core': fileURLToPath(new URL('./src-main/core', import.meta.url)),
};
