import { defineConfig } from 'vitest/config';
import { RENDERER_ALIASES } from './renderer-aliases.ts';

export default defineConfig({
  resolve: { alias: RENDERER_ALIASES },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
