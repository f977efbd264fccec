// ESLint (flat config): the recommended rules of ESLint, typescript-eslint and React's
// hooks, plus the import boundaries between the app's layers (`npm run lint`; `npm test`
// runs it first). tests/unit/lint/boundaries.test.ts shows a violation of each boundary failing.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The renderer reaches the core only through the code that runs anywhere. */
const rendererBoundary = {
  patterns: [
    {
      regex: '(^|/)src-main(/|$)',
      allowTypeImports: true,
      message: 'The renderer imports core code through @common/* (code that runs anywhere); types may come from @core/* with `import type`.',
    },
    {
      regex: '^@core/',
      allowTypeImports: true,
      message: 'The renderer may only `import type` from @core/*: values come from @common/*, which runs in a browser.',
    },
  ],
};

/** Packages that need Node or Electron, which code that runs anywhere may not import. */
const nodeOnlyPackages = ['better-sqlite3', 'sharp', 'electron', ...builtinModules.filter((name) => !name.startsWith('_'))];
const nodeOnly = {
  paths: nodeOnlyPackages.map((name) => ({
    name,
    message: `src-main/core/common runs anywhere (the renderer, a browser): ${name} needs Node or Electron.`,
  })),
  patterns: [
    { regex: '^node:', message: 'src-main/core/common runs anywhere (the renderer, a browser): node:* modules need Node.' },
    { regex: '^(better-sqlite3|sharp|electron)/', message: 'src-main/core/common runs anywhere: this package needs Node or Electron.' },
    { regex: '^@core/(?!common/)', message: 'src-main/core/common may only import from itself (@common/*), not the rest of the core.' },
  ],
};

/**
 * A relative import from a file `depth` folders below src-main/core/common that leaves
 * the common folder: `..` once more than the depth, then anything but `common/`.
 */
function leavesCommon(depth) {
  const up = '\\.\\./'.repeat(depth + 1);
  return { regex: `^${up}(?!common(/|$))|^${up}\\.\\./`, message: 'src-main/core/common may only import from itself (@common/*), not the rest of src-main.' };
}
const COMMON_DEPTHS = [0, 1, 2, 3, 4];

const noElectron = {
  paths: [{ name: 'electron', message: 'The core and the CLI run on plain Node: only src-main/shell may import electron.' }],
  patterns: [{ regex: '^electron/', message: 'The core and the CLI run on plain Node: only src-main/shell may import electron.' }],
};

export default defineConfig(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // Unused arguments named _like this are deliberate (a callback's fixed signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Dramalog refuses control characters in text and file names on purpose: matching them is the point.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs['recommended-latest'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      '@typescript-eslint/no-restricted-imports': ['error', rendererBoundary],
    },
  },
  {
    files: ['src-main/core/**/*.{ts,tsx}', 'src-main/cli/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', noElectron] },
  },
  // Later blocks replace the rule's options for the files they match: common gets the stricter set.
  ...COMMON_DEPTHS.map((depth) => ({
    files: [`src-main/core/common/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: nodeOnly.paths, patterns: [...nodeOnly.patterns, leavesCommon(depth)] }],
    },
  })),
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Playwright fixtures name their dependencies in an object pattern, empty when there are none.
    files: ['tests/support/browser/**/*.ts', 'tests/e2e/**/*.ts', 'tests/electron/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
