import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => readFileSync(join(root, 'tests', 'fixtures', 'lint', name), 'utf8');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The errors ESLint reports for `code` placed at `filePath` in the project (the file need not exist). */
async function errorsFor(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.filter((message) => message.severity === 2).map((message) => ({ rule: message.ruleId, line: message.line, message: message.message }));
}

const BOUNDARY = '@typescript-eslint/no-restricted-imports';

describe('the renderer reaches the core only through @common', () => {
  test('a renderer file importing the database layer by relative path fails the lint', async () => {
    const errors = await errorsFor(fixture('renderer-reaches-the-database.ts'), 'src-renderer/features/library/reach.ts');
    expect(errors).toEqual([{ rule: BOUNDARY, line: 3, message: expect.stringContaining('The renderer imports core code through @common/*') }]);
  });

  test('values from @core fail; types from @core and anything from @common pass', async () => {
    const file = 'src-renderer/features/library/aliases.tsx';
    expect(await errorsFor("import { MENU_COMMANDS } from '@core/ipc/contract';\nexport const m = MENU_COMMANDS;\n", file)).toEqual([
      { rule: BOUNDARY, line: 1, message: expect.stringContaining('may only `import type` from @core/*') },
    ]);
    expect(await errorsFor("import type { IpcResult } from '@core/ipc/contract';\nexport type R = IpcResult<null>;\n", file)).toEqual([]);
    expect(await errorsFor("import { GRADES } from '@common/model';\nexport const g = GRADES;\n", file)).toEqual([]);
  });
});

describe('src-main/core/common runs anywhere', () => {
  test('a common file importing node:fs fails the lint', async () => {
    const errors = await errorsFor(fixture('common-reads-the-disk.ts'), 'src-main/core/common/house-format/read.ts');
    expect(errors).toEqual([{ rule: BOUNDARY, line: 3, message: expect.stringContaining('node:* modules need Node') }]);
  });

  test('Node builtins, SQLite, Electron and the rest of src-main are refused; common itself is not', async () => {
    const file = 'src-main/core/common/validation/check.ts';
    for (const source of ['fs', 'path', 'better-sqlite3', 'electron', '../../db/sqlite', '../../../shell/main', '@core/db/sqlite']) {
      const errors = await errorsFor(`import * as m from '${source}';\nexport const x = m;\n`, file);
      expect(errors.map((error) => error.rule), source).toEqual([BOUNDARY]);
    }
    for (const source of ['./rules', '../model', '../../common/model', '@common/model', 'zod']) {
      expect(await errorsFor(`import * as m from '${source}';\nexport const x = m;\n`, file), source).toEqual([]);
    }
  });
});

test('nothing in the core or the CLI imports electron; the shell may', async () => {
  const code = "import { app } from 'electron';\nexport const a = app;\n";
  expect((await errorsFor(code, 'src-main/core/journal-extra.ts')).map((error) => error.rule)).toEqual([BOUNDARY]);
  expect((await errorsFor(code, 'src-main/cli/commands/extra.ts')).map((error) => error.rule)).toEqual([BOUNDARY]);
  expect(await errorsFor(code, 'src-main/shell/extra.ts')).toEqual([]);
});

test("React's rules of hooks apply to the renderer: a hook called conditionally fails the lint", async () => {
  const code = "import { useState } from 'react';\nexport function Panel({ open }: { open: boolean }) {\n  if (open) useState(0);\n  return null;\n}\n";
  expect((await errorsFor(code, 'src-renderer/features/library/Panel.tsx')).map((error) => error.rule)).toEqual(['react-hooks/rules-of-hooks']);
});
