import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SSHD, startSftpServer, type SftpServer } from '../../support/servers/sftp-server';
import { serversUnavailable } from '../../support/servers/test-user';
import { REFERENCE_PATH } from '../../fixtures/fixtures';
import { expectOneLine, runIn, workspace } from './harness';

const fixture = (name: string) => join(import.meta.dirname, '..', '..', 'fixtures', name);

async function withReviews() {
  const w = workspace();
  expect((await w.cli('import', REFERENCE_PATH, fixture('winter-letters.txt'), fixture('night-market.txt'))).code).toBe(0);
  return w;
}

describe('dramalog publish', () => {
  test('add, list, publish with --json, a dry run after an edit, and remove', async () => {
    const { cli, dir } = await withReviews();
    const site = join(dir, 'www');
    expect(await cli('publish', 'list')).toEqual({ code: 0, stdout: 'No publish targets yet. Add one with: dramalog publish add NAME URL\n', stderr: '' });
    expect(await cli('publish', 'add', 'disk', `file://${site}`)).toEqual({ code: 0, stdout: `Added disk: file://${site}\n`, stderr: '' });
    expect((await cli('publish', 'list')).stdout).toBe(`disk  file://${site}  (not published yet)\n`);

    const first = JSON.parse((await cli('publish', 'disk', '--json')).stdout);
    expect(first).toMatchObject({ target: 'disk', url: `file://${site}`, dryRun: false, deleted: [], unchanged: [] });
    expect(first.uploaded).toContain('reviews/soundtrack-2.html');
    expect(readdirSync(join(site, 'reviews')).sort()).toEqual(['night-market-detective.html', 'soundtrack-2.html', 'winter-letters.html']);

    expect((await cli('edit', '2', '--title', 'Winter Letters Redux')).code).toBe(0);
    const dry = await cli('publish', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^Would publish to disk \(file:\/\/\S+\): \d+ to upload, 0 to delete, \d+ unchanged\n/);
    expect(dry.stdout).toContain('  upload  reviews/winter-letters.html\n');
    const published = await cli('publish');
    expect(published.stdout).toMatch(/^Published to disk \(file:\/\/\S+\): \d+ uploaded, 0 deleted, \d+ unchanged\n$/);
    expect((await cli('publish', 'list')).stdout).toMatch(/^disk {2}file:\/\/\S+ {2}\(last published \d{4}-\d{2}-\d{2}, \d+ files\)\n$/);

    expect((await cli('publish', 'remove', 'disk')).stdout).toBe('Removed disk; the files published there were left online.\n');
    expect(readdirSync(site)).toContain('index.html');
  });

  test('publishing everywhere goes on past a target that refuses, says why on stderr, and exits 1', async () => {
    const { cli, dir } = await withReviews();
    const attic = join(dir, 'attic');
    mkdirSync(attic);
    writeFileSync(join(attic, 'index.html'), 'my own page');
    expect((await cli('publish', 'add', 'attic', `file://${attic}`)).code).toBe(0);
    expect((await cli('publish', 'add', 'disk', `file://${join(dir, 'www')}`)).code).toBe(0);
    const both = await cli('publish');
    expect(both.code).toBe(1);
    expect(both.stdout).toMatch(/^Published to disk \(file:\/\/\S+\): \d+ uploaded, 0 deleted, 0 unchanged\n$/);
    expect(expectOneLine(both.stderr)).toMatch(/^Publishing to attic stopped: attic already has files Dramalog did not publish where the site goes: index\.html/);
    expect(readdirSync(join(dir, 'www'))).toContain('index.html');

    const json = await cli('publish', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject([{ target: 'attic', uploaded: [], failure: { code: 'conflict' } }, { target: 'disk' }]);
  });

  test('refusals are one plain line; a misused command is a usage error', async () => {
    const { cli } = await withReviews();
    const ftp = await cli('publish', 'add', 'host', 'ftp://me@example.com/www');
    expect(ftp.code).toBe(1);
    expect(expectOneLine(ftp.stderr)).toBe('plain FTP sends your password unencrypted; use an ftps:// (FTP over TLS) or sftp:// address');
    expect((await cli('publish', 'add', 'host')).code).toBe(2);
    expect(expectOneLine((await cli('publish', 'nowhere')).stderr)).toBe('There is no publish target called nowhere; add one first.');
    expect(expectOneLine((await cli('publish', 'add', 'list', 'file:///tmp/x')).stderr)).toContain('name cannot be one of add, list, remove, forget-key');
  });
});

const sshdUnavailable = serversUnavailable([SSHD]);
const servers: SftpServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});

describe.skipIf(sshdUnavailable)('dramalog publish over SFTP', () => {
  test('takes the password from DRAMALOG_PUBLISH_PASSWORD and pins the server’s host key', async () => {
    const server = await startSftpServer();
    servers.push(server);
    const { dir, db } = await withReviews();
    const cli = (env: Record<string, string>, ...argv: string[]) => runIn(dir, argv, { DRAMALOG_DB: db, ...env });
    expect((await cli({}, 'publish', 'add', 'host', server.url)).code).toBe(0);

    const refused = await cli({ DRAMALOG_PUBLISH_PASSWORD: 'not-the-password' }, 'publish', 'host');
    expect(refused.code).toBe(1);
    expect(expectOneLine(refused.stderr)).toMatch(/^The server at 127\.0\.0\.1:\d+ refused the password for user dlpublish/);

    const published = await cli({ DRAMALOG_PUBLISH_PASSWORD: server.secret! }, 'publish', 'host', '--json');
    expect(published.stderr).toBe('');
    expect(JSON.parse(published.stdout).uploaded).toContain('index.html');
    expect([...(await server.files()).keys()]).toContain('reviews/soundtrack-2.html');
    expect(JSON.parse((await cli({}, 'publish', 'list', '--json')).stdout)[0].hostKey).toBe(server.hostKeyFingerprint());
  });
});
