import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { MIGRATIONS } from '../../../../src-main/core/db/migrations';

const migrationsDir = fileURLToPath(new URL('../../../../src-main/core/db/migrations/', import.meta.url));
const testsDir = fileURLToPath(new URL('./', import.meta.url));

test('every migration file is listed, in version order, and has its own test file', () => {
  const files = readdirSync(migrationsDir)
    .filter((name) => /^\d{4}-.+\.ts$/.test(name))
    .sort();
  expect(files.map((name) => Number(name.slice(0, 4)))).toEqual(MIGRATIONS.map((m) => m.version));
  const tests = new Set(readdirSync(testsDir));
  const untested = files.map((name) => name.replace(/\.ts$/, '.test.ts')).filter((name) => !tests.has(name));
  expect(untested, 'add tests/unit/core/migrations/<migration>.test.ts').toEqual([]);
});
