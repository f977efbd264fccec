/**
 * The publisher with a folder target (no server needed): what it uploads and never touches,
 * dry runs, cancelling, finishing what an interrupted publish left, and where passwords go.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { JournalError } from '../../../src-main/core/common/errors';
import { headlessHost, type Host } from '../../../src-main/core/ipc/host';
import type { Journal } from '../../../src-main/core/journal';
import { partPathOf } from '../../../src-main/core/publish/connection';
import { memorySecrets } from '../../../src-main/core/publish/memory-secrets';
import { publish, publishDirFor } from '../../../src-main/core/publish/publish';
import { addTarget, listTargets, removeTarget } from '../../../src-main/core/publish/targets';
import { MANIFEST_NAME } from '../../../src-main/core/site/manifest';
import { readTree } from '../site/helpers/html';
import { allFixtures, journalWithReviews, outputFolder } from '../site/helpers/site';

const host = (): Host => ({ ...headlessHost, ...memorySecrets() });

function built(journal: Journal): Record<string, string> {
  const { [MANIFEST_NAME]: _manifest, ...site } = readTree(join(publishDirFor(journal.path), 'site'));
  return site;
}

async function withFolderTarget() {
  const journal = journalWithReviews(...allFixtures());
  const { site: folder } = outputFolder();
  const kept = host();
  await addTarget(journal, kept, { name: 'disk', url: `file://${folder}` });
  return { journal, folder, host: kept };
}

const refused = (work: Promise<unknown>) =>
  work.then(
    () => expect.unreachable('the publish should have been refused'),
    (error: JournalError) => error,
  );

test('a folder target gets the whole site, then only what changed; a file of the user’s beside it stays', async () => {
  const { journal, folder, host } = await withFolderTarget();
  const [first] = await publish(journal, host);
  expect(readTree(folder)).toEqual(built(journal));
  expect(first.uploaded.length).toBe(Object.keys(built(journal)).length);

  writeFileSync(join(folder, 'CNAME'), 'reviews.example.com');
  journal.transaction(() => journal.settings.update({ siteTitle: 'MY DRAMA SHELF' }));
  const [second] = await publish(journal, host);
  expect(second.uploaded.length).toBeGreaterThan(3); // every page shows the site's title
  expect(second.uploaded).not.toContain('style.css');
  expect(readTree(folder)).toEqual({ ...built(journal), CNAME: 'reviews.example.com' });
  expect((await listTargets(journal, host))[0]).toMatchObject({ name: 'disk', kind: 'folder', publishedFiles: Object.keys(built(journal)).length });
});

test('a file Dramalog did not publish where the site would go is named, and nothing is uploaded', async () => {
  const { journal, folder, host } = await withFolderTarget();
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), '<h1>My old home page</h1>');
  const error = await refused(publish(journal, host, { name: 'disk' }));
  expect(error.code).toBe('conflict');
  expect(error.message).toContain('index.html');
  expect(error.message).toContain('Nothing was uploaded');
  expect(readTree(folder)).toEqual({ 'index.html': '<h1>My old home page</h1>' });
});

test('a dry run lists what would be uploaded and deleted, and sends and records nothing', async () => {
  const { journal, folder, host } = await withFolderTarget();
  const [dry] = await publish(journal, host, { dryRun: true });
  expect(dry.dryRun).toBe(true);
  expect(dry.uploaded).toContain('index.html');
  expect(existsSync(folder)).toBe(false);
  expect(journal.publishing.list()[0].publishedFiles).toBe(0);

  await publish(journal, host);
  journal.transaction(() => journal.dramas.delete(1));
  const [after] = await publish(journal, host, { dryRun: true });
  expect(after.deleted).toEqual(['reviews/soundtrack-2.html']);
  expect(existsSync(join(folder, 'reviews/soundtrack-2.html'))).toBe(true);
});

test('a cancelled publish says so; what went up is whole, and the next publish sends the rest', async () => {
  const { journal, folder, host } = await withFolderTarget();
  const controller = new AbortController();
  const error = await refused(
    publish(journal, host, {
      signal: controller.signal,
      onProgress: ({ done, message }) => {
        if (message.startsWith('Publishing') && done === 2) controller.abort();
      },
    }),
  );
  expect(error.code).toBe('cancelled');
  const site = built(journal);
  const partial = readTree(folder);
  expect(Object.keys(partial).length).toBeLessThan(Object.keys(site).length);
  for (const [path, content] of Object.entries(partial)) expect(content, path).toBe(site[path]);

  const [rest] = await publish(journal, host);
  expect(rest.uploaded.length).toBe(Object.keys(site).length - Object.keys(partial).length);
  expect(readTree(folder)).toEqual(site);
});

test('a part file an interrupted upload left is removed by the next publish', async () => {
  const { journal, folder, host } = await withFolderTarget();
  await publish(journal, host);
  const target = journal.publishing.list()[0];
  // As if the app had died between writing feed.xml's part file and renaming it: the live file is still the one recorded.
  journal.transaction(() => journal.publishing.claim(target.id, ['feed.xml']));
  writeFileSync(join(folder, partPathOf('feed.xml')), '<feed>half');
  const [next] = await publish(journal, host);
  expect(next.uploaded).toEqual([]);
  expect(existsSync(join(folder, partPathOf('feed.xml')))).toBe(false);
  expect(readTree(folder)).toEqual(built(journal));
});

test('a password is kept by the host, never in the journal; removing the target forgets it', async () => {
  const journal = journalWithReviews(...allFixtures());
  const kept = host();
  const target = await addTarget(journal, kept, { name: 'host', url: 'sftp://me@example.com/www', secret: 'hunter2-very-secret' });
  expect(target.hasSecret).toBe(true);
  const secretId = journal.publishing.list()[0].secretId;
  expect(await kept.publishSecret(secretId)).toBe('hunter2-very-secret');
  journal.db.pragma('wal_checkpoint(TRUNCATE)');
  expect(readFileSync(journal.path).includes('hunter2-very-secret')).toBe(false);

  await removeTarget(journal, kept, 'host');
  expect(await kept.publishSecret(secretId)).toBeNull();
  expect(journal.publishing.list()).toEqual([]);
});

test('a target whose password cannot be kept is not added', async () => {
  const journal = journalWithReviews(...allFixtures());
  const error = await refused(addTarget(journal, headlessHost, { name: 'host', url: 'sftp://me@example.com/www', secret: 'hunter2' }));
  expect(error.code).toBe('forbidden');
  expect(error.message).toContain('DRAMALOG_PUBLISH_PASSWORD');
  expect(journal.publishing.list()).toEqual([]);
});

test('publishing with no target says how to add one; two targets with one name are refused', async () => {
  const journal = journalWithReviews(...allFixtures());
  expect((await refused(publish(journal, host()))).code).toBe('not-found');
  await addTarget(journal, host(), { name: 'Disk', url: 'file:///tmp/a' });
  const error = await refused(addTarget(journal, host(), { name: 'disk', url: 'file:///tmp/b' }));
  expect([error.code, error.field]).toEqual(['conflict', 'name']);
  const missing = await refused(publish(journal, host(), { name: 'nas' }));
  expect(missing.message).toBe('There is no publish target called nas (yours: Disk).');
});

test('publishing to every target goes on past one that refuses, whose result says why; the next publish sends it all', async () => {
  const { journal, folder, host } = await withFolderTarget();
  // Listed first, so the target after it shows that a refusal does not stop the rest.
  const attic = `${folder}-attic`;
  await addTarget(journal, host, { name: 'attic', url: `file://${attic}` });
  mkdirSync(attic, { recursive: true });
  writeFileSync(join(attic, 'feed.xml'), 'not mine');
  const results = await publish(journal, host);
  expect(results.map((r) => r.target)).toEqual(['attic', 'disk']);
  const [stopped, published] = results;
  expect(stopped).toMatchObject({ target: 'attic', uploaded: [], deleted: [], unchanged: [], failure: { code: 'conflict' } });
  expect(stopped!.failure!.message).toMatch(/^attic already has files Dramalog did not publish where the site goes: feed\.xml\./);
  expect(published!.failure).toBeUndefined();
  expect(readTree(folder)).toEqual(built(journal));
  expect(readTree(attic)).toEqual({ 'feed.xml': 'not mine' });

  rmSync(join(attic, 'feed.xml'));
  const again = await publish(journal, host);
  expect(again.map((r) => [r.target, r.failure, r.uploaded.length > 0])).toEqual([
    ['attic', undefined, true],
    ['disk', undefined, false],
  ]);
  expect(readTree(attic)).toEqual(built(journal));
  // One target named: its refusal is thrown, as before.
  const cellar = `${folder}-cellar`;
  await addTarget(journal, host, { name: 'cellar', url: `file://${cellar}` });
  mkdirSync(cellar, { recursive: true });
  writeFileSync(join(cellar, 'index.html'), 'not mine');
  expect(await refused(publish(journal, host, { name: 'cellar' }))).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^cellar already has files/) });
});
