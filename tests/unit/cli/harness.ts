import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openJournal, type Journal } from '../../../src-main/core/journal';
import { runCli } from '../../../src-main/cli/main';
import { sampleDrama, tempDir } from '../../support/temp-journal';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A temp folder for one test, with a journal path in it that does not exist yet. */
export function workspace(): { dir: string; db: string; cli: (...argv: string[]) => Promise<CliRun>; journal: () => Journal } {
  const { dir, cleanup } = tempDir('dramalog-cli-');
  cleanups.push(cleanup);
  const db = join(dir, 'journal.sqlite');
  return {
    dir,
    db,
    cli: (...argv) => runIn(dir, argv, { DRAMALOG_DB: db }),
    journal: () => {
      if (!existsSync(db)) throw new Error('the CLI did not create the journal');
      const journal = openJournal(db);
      cleanups.push(() => journal.close());
      return journal;
    },
  };
}

/** Runs `dramalog argv…` in-process with the given environment (nothing from the real one). */
export async function runIn(cwd: string, argv: string[], env: Record<string, string | undefined>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    cwd,
  });
  return { code, stdout, stderr };
}

/** `dramalog add` options for sampleDrama, the drama the core tests create; null leaves an option out. */
export const addArgs = (overrides: Record<string, string | string[] | null> = {}): string[] => {
  const { title, nativeTitle, platforms, aired, episodes, genres } = sampleDrama;
  const fields: Record<string, string | string[] | null> = {
    title,
    'native-title': nativeTitle,
    platform: [...platforms],
    aired: `${aired.year}-${String(aired.month).padStart(2, '0')}`,
    episodes: String(episodes),
    genre: [...genres],
    ...overrides,
  };
  return Object.entries(fields).flatMap(([name, value]) =>
    value === null ? [] : (Array.isArray(value) ? value : [value]).flatMap((v) => [`--${name}`, v]),
  );
};

/** One line on stderr, nothing on stdout: how every refusal looks. */
export function expectOneLine(text: string): string {
  const lines = text.split('\n');
  if (lines.length !== 2 || lines[1] !== '' || !lines[0]) throw new Error(`expected exactly one line on stderr, got ${JSON.stringify(text)}`);
  return lines[0];
}
