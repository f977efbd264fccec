/**
 * `npm run bench -- serve`: round trips through `dramalog serve`'s HTTP API, as a
 * browser tab makes them (POST /api/CHANNEL with JSON, the key as a cookie would be,
 * over a kept-alive connection): `dramas.list` of a 10,000-drama library, and
 * `reviews.save` of a ~1,500-word review as the editor's autosave sends it.
 * Prints median and 95th percentile; the same calls straight to the dispatcher
 * are shown beside them, so the cost of HTTP itself can be read off.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDispatch } from '../src-main/core/ipc/dispatch';
import { createHandlers } from '../src-main/core/ipc/handlers';
import { openJournal } from '../src-main/core/journal';
import { GRADES } from '../src-main/core/common/model';
import { startServer } from '../src-main/server/start-server';

const DRAMAS = 10_000;
const LIST_ROUNDS = 40;
const SAVE_ROUNDS = 200;

const dir = mkdtempSync(join(tmpdir(), 'dramalog-bench-serve-'));
const journal = openJournal(join(dir, 'journal.sqlite'));
const renderer = join(dir, 'renderer');
mkdirSync(renderer);
writeFileSync(join(renderer, 'index.html'), '<!DOCTYPE html><title>Dramalog</title>');

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
async function measure(rounds: number, run: (round: number) => Promise<unknown>) {
  for (let r = 0; r < 3; r++) await run(-1 - r); // warm up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    await run(r);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}
const fmt = (ms: number) => `${ms.toFixed(1)} ms`.padStart(9);

try {
  console.log(`Building a journal of ${DRAMAS.toLocaleString('en')} dramas…`);
  journal.transaction(() => {
    for (let i = 0; i < DRAMAS; i++) {
      const drama = journal.dramas.create({
        title: `Drama number ${i}`,
        nativeTitle: `드라마 ${i}`,
        platforms: ['Netflix'],
        aired: { year: 2010 + (i % 15), month: 1 + (i % 12) },
        episodes: 16,
        genres: ['Romance'],
      });
      if (i % 3 === 0) {
        journal.reviews.save({ dramaId: drama.id, grade: GRADES[i % GRADES.length]!, reviewer: { name: 'Bench', location: 'Here' }, intro: ['Short.'], story: [], closing: [], state: 'final' });
      }
    }
  });

  const server = await startServer({ journal, rendererDir: renderer, watchMs: 0 });
  const dispatch = createDispatch(createHandlers(journal));
  const headers = { authorization: `Bearer ${server.secret}`, 'content-type': 'application/json' };
  const overHttp = async (channel: string, input: unknown) => {
    const response = await fetch(`${server.origin}/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(input) });
    const answer = (await response.json()) as { ok: boolean };
    if (!answer.ok) throw new Error(`${channel} failed: ${JSON.stringify(answer)}`);
    return answer;
  };

  const paragraph = 'The ferry crosses at dusk and the two of them pretend not to notice each other, again. '.repeat(6).trim();
  const review = (round: number) => ({
    dramaId: 2,
    grade: 'A-',
    reviewer: { name: 'Bench', location: 'Here' },
    intro: [paragraph, paragraph],
    story: Array.from({ length: 12 }, (_, i) => `${paragraph} (${round}, ${i})`),
    closing: [paragraph],
    state: 'draft',
  });

  // The direct calls first: a kept-alive connection left idle for seconds meanwhile would be closed by the server.
  const listDirect = await measure(LIST_ROUNDS, () => dispatch('dramas.list', {}));
  const saveDirect = await measure(SAVE_ROUNDS, (round) => dispatch('reviews.save', review(round + 10_000)));
  const listHttp = await measure(LIST_ROUNDS, () => overHttp('dramas.list', {}));
  const saveHttp = await measure(SAVE_ROUNDS, (round) => overHttp('reviews.save', review(round)));
  const words = Object.values(review(0)).flat().join(' ').split(/\s+/).length;

  console.log(`\nRound trips through HTTP (${'median'.padStart(9)} / ${'p95'.padStart(9)})     the dispatcher alone (median / p95)`);
  console.log(`dramas.list, ${DRAMAS.toLocaleString('en')} dramas     ${fmt(listHttp.median)} / ${fmt(listHttp.p95)}     ${fmt(listDirect.median)} / ${fmt(listDirect.p95)}`);
  console.log(`reviews.save, ~${words.toLocaleString('en')} words    ${fmt(saveHttp.median)} / ${fmt(saveHttp.p95)}     ${fmt(saveDirect.median)} / ${fmt(saveDirect.p95)}`);
  await server.close();
} finally {
  journal.close();
  rmSync(dir, { recursive: true, force: true });
}
