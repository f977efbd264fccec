/**
 * Publish benchmark (`npm run bench`, or `npx tsx scripts/bench-publish.ts [size]`): a journal of
 * 10,000 generated reviews published over SFTP to a real OpenSSH sshd on 127.0.0.1 (the tests'
 * own, tests/support/servers/sftp-server.ts), then one review edited and published again: the
 * files uploaded and the time, which is the figure the issue asks for. The first, whole-site
 * publish is timed too. It needs root (the server logs in as a test user it makes) and sshd;
 * elsewhere it says why and measures nothing. A benchmark measures and prints; it never fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.NODE_ENV ??= 'production';

const { openJournal } = await import('../src-main/core/journal');
const { headlessHost } = await import('../src-main/core/ipc/host');
const { memorySecrets } = await import('../src-main/core/publish/memory-secrets');
const { publish } = await import('../src-main/core/publish/publish');
const { addTarget } = await import('../src-main/core/publish/targets');
const { SSHD, startSftpServer } = await import('../tests/support/servers/sftp-server');
const { serversUnavailable } = await import('../tests/support/servers/test-user');
const { fillJournal, generate } = await import('./generated-reviews');

const size = Number(process.argv[2]) || 10_000;
const unavailable = serversUnavailable([SSHD]);
if (unavailable) {
  console.log(`skipped: ${unavailable}`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'dramalog-bench-publish-'));
const server = await startSftpServer();
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
try {
  const journal = openJournal(join(dir, 'journal.sqlite'));
  fillJournal(journal, generate(size));
  const host = { ...headlessHost, ...memorySecrets() };
  await addTarget(journal, host, { name: 'host', url: server.url, secret: server.secret });

  let start = process.hrtime.bigint();
  const [first] = await publish(journal, host);
  console.log(`${size.toLocaleString('en-US')} reviews over SFTP (loopback)`);
  console.log(`  first publish (build + upload)   ${seconds(start).toFixed(2)} s, ${first.uploaded.length.toLocaleString('en-US')} files uploaded`);

  const times: number[] = [];
  let uploaded: string[] = [];
  for (let round = 1; round <= 5; round += 1) {
    journal.transaction(() => journal.reviews.save({ ...journal.reviews.get(round)!, dramaId: round, closing: [`Edited in round ${round} of the benchmark.`] }));
    start = process.hrtime.bigint();
    const [again] = await publish(journal, host);
    times.push(seconds(start));
    uploaded = again.uploaded;
  }
  times.sort((a, b) => a - b);
  console.log(
    `  publish after one edit           best ${times[0].toFixed(3)} s, median ${times[2].toFixed(3)} s: ${uploaded.length} files uploaded (${uploaded.join(', ')}), ` +
      `${(first.uploaded.length - uploaded.length).toLocaleString('en-US')} unchanged`,
  );
  start = process.hrtime.bigint();
  const [idle] = await publish(journal, host);
  console.log(`  publish with nothing changed     ${seconds(start).toFixed(3)} s, ${idle.uploaded.length} files uploaded`);
  journal.close();
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
