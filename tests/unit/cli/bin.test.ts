import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { addArgs, workspace } from './harness';

const bin = fileURLToPath(new URL('../../../bin/dramalog.js', import.meta.url));

/** `node bin/dramalog.js …` as a real process, started from an unrelated folder, as `npx dramalog` would be. */
function dramalog(cwd: string, args: string[], env: Record<string, string> = {}) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: status, stdout, stderr };
}

test('bin/dramalog.js runs on plain Node: add prints the id, show --json prints the drama', () => {
  const { dir } = workspace();
  const db = join(dir, 'journal.sqlite');

  const added = dramalog(dir, ['add', '--db', db, ...addArgs({ status: 'watching' })]);
  expect(added).toEqual({ code: 0, stdout: '1\n', stderr: `Created a new journal at ${db}\n` });

  const shown = dramalog(dir, ['show', '1', '--json'], { DRAMALOG_DB: db });
  expect(shown.code).toBe(0);
  expect(shown.stderr).toBe('');
  expect(JSON.parse(shown.stdout)).toEqual({
    id: 1,
    title: 'Moonlit Ferry',
    nativeTitle: '달빛 나루',
    platforms: ['Netflix', 'tvN'],
    aired: { year: 2024, month: 3 },
    episodes: 12,
    genres: ['Romance', 'Mystery'],
    watch: { status: 'watching', episodesWatched: 0, startedOn: null, finishedOn: null, rewatches: 0 },
    review: null,
    notes: [],
    diary: [{ startedOn: null, finishedOn: null, status: 'watching', rewatch: false, note: null }],
    episodeLog: [],
    cover: null,
  });
});

test('bin/dramalog.js passes on the exit codes: 1 for a refused field, 2 for a usage error', () => {
  const { dir } = workspace();
  const db = join(dir, 'journal.sqlite');
  expect(dramalog(dir, ['add', '--db', db, ...addArgs({ episodes: 'lots' })])).toEqual({
    code: 1,
    stdout: '',
    stderr: '--episodes must be a whole number from 1 to 999\n',
  });
  expect(dramalog(dir, ['lst', '--db', db])).toMatchObject({ code: 2, stdout: '' });
});

test('bin/dramalog.js loads each publish driver on plain Node (their libraries are CommonJS, loaded natively, not bundled)', () => {
  const { dir } = workspace();
  const env = { DRAMALOG_DB: join(dir, 'journal.sqlite') };
  const closed = '127.0.0.1:1';
  for (const [name, url, says] of [
    ['sftp', `sftp://me@${closed}/www`, `Could not reach the server at ${closed}`],
    ['ftps', `ftps://me@${closed}/www`, `Could not reach the FTP server ${closed}`],
    ['pages', `git+file://${join(dir, 'missing.git')}#pages`, 'There is no git repository at'],
  ]) {
    expect(dramalog(dir, ['publish', 'add', name, url], env).code).toBe(0);
    const published = dramalog(dir, ['publish', name], env);
    expect({ code: published.code, stderr: published.stderr.slice(0, says.length) }).toEqual({ code: 1, stderr: says });
  }
});
