/**
 * Publishing the site to real servers started for the test (tests/support/servers): the same
 * checks for each kind of target. What a user would notice: the site on the server is the site
 * built, whole; a second publish sends only what changed; their own files stay; a dropped
 * connection leaves no half page and the next publish finishes the job; a wrong password or a
 * changed server identity sends nothing.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { JournalError } from '../../../src-main/core/common/errors';
import type { PublishResult } from '../../../src-main/core/common/model';
import { headlessHost, type Host } from '../../../src-main/core/ipc/host';
import type { Journal } from '../../../src-main/core/journal';
import { memorySecrets } from '../../../src-main/core/publish/memory-secrets';
import { publish, publishDirFor, type PublishProgress } from '../../../src-main/core/publish/publish';
import { addTarget, forgetHostKey } from '../../../src-main/core/publish/targets';
import { MANIFEST_NAME } from '../../../src-main/core/site/manifest';
import { ftpsServerUnavailable, startFtpsServer } from '../../support/servers/ftps-server';
import type { ServerFixture } from '../../support/servers/server-fixture';
import { GIT_SERVER_PROGRAMS, startFileGitServer, startSshGitServer } from '../../support/servers/git-server';
import { SSHD, startSftpServer } from '../../support/servers/sftp-server';
import { serversUnavailable } from '../../support/servers/test-user';
import { tempDir } from '../../support/temp-journal';
import { readTree } from '../site/helpers/html';
import { allFixtures, journalWithReviews } from '../site/helpers/site';

interface Kind {
  label: string;
  unavailable: string | null;
  start(): Promise<ServerFixture>;
  /** The server has an identity to pin (SSH host key, TLS certificate). */
  identity: boolean;
  /** The target is reached over a connection that can drop, and logs in. */
  network: boolean;
}

const gitUnavailable = serversUnavailable(GIT_SERVER_PROGRAMS);
const KINDS: Kind[] = [
  { label: 'SFTP', unavailable: serversUnavailable([SSHD]), start: startSftpServer, identity: true, network: true },
  { label: 'FTPS', unavailable: ftpsServerUnavailable(), start: startFtpsServer, identity: true, network: true },
  { label: 'git over ssh', unavailable: gitUnavailable, start: startSshGitServer, identity: true, network: true },
  { label: 'git over file://', unavailable: gitUnavailable, start: startFileGitServer, identity: false, network: false },
];

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function started(kind: Kind): Promise<ServerFixture> {
  const server = await kind.start();
  stops.push(() => server.stop());
  return server;
}

/** A host keeping passwords in memory, as `dramalog serve` does. */
function testHost(): Host {
  return { ...headlessHost, ...memorySecrets() };
}

/** The site as Dramalog built it for publishing: what the server must hold. */
function builtSite(journal: Journal): Record<string, string> {
  const { [MANIFEST_NAME]: _manifest, ...site } = readTree(join(publishDirFor(journal.path), 'site'));
  return site;
}

const onServer = async (server: ServerFixture) => Object.fromEntries(await server.files());

async function publishedTo(journal: Journal, host: Host, name: string): Promise<PublishResult> {
  const [result] = await publish(journal, host, { name });
  return result;
}

async function refusal(work: Promise<unknown>): Promise<JournalError> {
  return work.then(
    () => expect.unreachable('the publish should have been refused'),
    (error: JournalError) => error,
  );
}

function editStory(journal: Journal, dramaId: number, paragraph: string) {
  journal.transaction(() => journal.reviews.save({ ...journal.reviews.get(dramaId)!, dramaId, story: [paragraph] }));
}

describe.each(KINDS)('publishing to $label', (kind) => {
  test.skipIf(kind.unavailable)('the first publish uploads the whole site; after one edit only its pages; files put there by someone else survive', async () => {
    const server = await started(kind);
    const journal = journalWithReviews(...allFixtures());
    const host = testHost();
    await addTarget(journal, host, { name: 'host', url: server.url, keyFile: server.keyFile, secret: server.secret });

    await server.putForeign('CNAME', 'reviews.example.com\n');
    const first = await publishedTo(journal, host, 'host');
    const site = builtSite(journal);
    expect(first.uploaded.sort()).toEqual(Object.keys(site).sort());
    expect(first.deleted).toEqual([]);
    expect(await onServer(server)).toEqual({ ...site, CNAME: 'reviews.example.com\n' });

    editStory(journal, 2, 'A story paragraph written after the first publish.');
    await server.putForeign('notes/mine.txt', 'my own file');
    const second = await publishedTo(journal, host, 'host');
    const changed = Object.entries(builtSite(journal)).filter(([path, content]) => site[path] !== content).map(([path]) => path);
    expect(second.uploaded.sort()).toEqual(changed.sort());
    expect(second.uploaded).toContain('feed.xml');
    expect(second.uploaded.filter((path) => path.startsWith('reviews/'))).toHaveLength(1);
    expect(second.unchanged.length).toBe(Object.keys(site).length - changed.length);
    expect(await onServer(server)).toEqual({ ...builtSite(journal), CNAME: 'reviews.example.com\n', 'notes/mine.txt': 'my own file' });

    // A deleted review's page goes; nothing else of the user's does.
    const page = second.unchanged.find((path) => path.startsWith('reviews/'))!;
    const dramaId = journal.dramas.list({}).find((drama) => page.includes(drama.title.toLowerCase().split(' ')[0]))!.id;
    journal.transaction(() => journal.dramas.delete(dramaId));
    const third = await publishedTo(journal, host, 'host');
    expect(third.deleted).toContain(page);
    expect(await onServer(server)).toEqual({ ...builtSite(journal), CNAME: 'reviews.example.com\n', 'notes/mine.txt': 'my own file' });

    const again = await publishedTo(journal, host, 'host');
    expect([again.uploaded, again.deleted]).toEqual([[], []]);
  });

  // A folder on this disk (git over file://) has no connection to drop, no login and no identity: those tests are not declared for it.
  if (kind.network) test.skipIf(kind.unavailable)('a connection dropped mid-publish is said plainly, leaves no half page, and the next publish completes the site', async () => {
    const server = await started(kind);
    const proxy = await server.viaProxy();
    const journal = journalWithReviews(...allFixtures());
    let cutAt: number | null = 3;
    const host = testHost();
    const cutMidway = (progress: PublishProgress) => {
      if (progress.message.startsWith('Publishing') && cutAt !== null && progress.done === cutAt) {
        cutAt = null;
        proxy.cut();
      }
    };
    await addTarget(journal, host, { name: 'host', url: proxy.url, keyFile: server.keyFile, secret: server.secret });

    const error = await refusal(publish(journal, host, { name: 'host', onProgress: cutMidway }));
    expect(error.code).toBe('connection-lost');
    expect(error.message).toMatch(/connection/i);
    // Whatever reached the server is a whole file of the new site, never part of one.
    const site = builtSite(journal);
    for (const [path, content] of Object.entries(await onServer(server))) {
      if (!path.endsWith('.dramalog-part')) expect(content, path).toBe(site[path]);
    }

    proxy.restore();
    const retry = await publishedTo(journal, host, 'host');
    expect(retry.uploaded.length).toBeGreaterThan(0);
    expect(await onServer(server)).toEqual(site);
  });

  if (kind.network) test.skipIf(kind.unavailable)('a wrong password (or key) is refused and nothing is uploaded', async () => {
    const server = await started(kind);
    const journal = journalWithReviews(...allFixtures());
    const host = testHost();
    // A server that takes passwords gets a wrong one; one that takes only keys, a key it does not know.
    const wrong = server.secret === null ? null : `${server.secret}-wrong`;
    const keyFile = server.secret === null ? unauthorisedKey() : null;
    await addTarget(journal, host, { name: 'host', url: server.url, keyFile, secret: wrong });

    const error = await refusal(publish(journal, host, { name: 'host' }));
    expect(error.code).toBe('auth-failed');
    expect(await onServer(server)).toEqual({});
    expect(journal.publishing.list()[0].publishedFiles).toBe(0);
  });

  if (kind.identity) test.skipIf(kind.unavailable)('a changed server identity is refused before anything is sent, until the user trusts it', async () => {
    const server = await started(kind);
    const journal = journalWithReviews(...allFixtures());
    const host = testHost();
    await addTarget(journal, host, { name: 'host', url: server.url, keyFile: server.keyFile, secret: server.secret });
    await publish(journal, host, { name: 'host' });
    const pinned = journal.publishing.list()[0].hostKey;
    expect(pinned).toBeTruthy();
    const before = await onServer(server);

    await server.changeIdentity();
    editStory(journal, 1, 'Written while the server changed hands.');
    const error = await refusal(publish(journal, host, { name: 'host' }));
    expect(error.code).toBe('host-key-changed');
    expect(error.message).toMatch(/^The server at \S+ (\(branch pages\) )?is not the one Dramalog published to before/);
    expect(await onServer(server)).toEqual(before);

    await forgetHostKey(journal, host, 'host');
    const trusted = await publishedTo(journal, host, 'host');
    expect(trusted.uploaded.length).toBeGreaterThan(0);
    expect(journal.publishing.list()[0].hostKey).not.toBe(pinned);
    expect(await onServer(server)).toEqual(builtSite(journal));
  });
});

/** A key pair no server knows. */
function unauthorisedKey(): string {
  const { dir } = tempDir('dramalog-key-');
  const key = join(dir, 'id_ed25519');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
  return key;
}
