/**
 * A thread rendering pages for a large export (see render-pool.ts).
 * It renders each page with the same code as the main thread, hashes it and,
 * unless the folder already holds those bytes, writes it to the staging
 * folder (write-file.ts, as the main thread does), then answers with the
 * hashes: pages never travel back as text.
 *
 * Any failure answers `failed` for the whole batch, and the main thread
 * renders that batch itself: a thread can only make an export faster, never
 * change what it writes or make it fail.
 */
import { parentPort } from 'node:worker_threads';
import { renderPageSpec } from './page-specs';
import { createReviewRenderer, type ReviewRenderer } from './review-render';
import type { RenderRequest, RenderReply } from './render-protocol';
import { writeIfChanged } from './write-file';

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread');

let render: ReviewRenderer | null = null;

port.on('message', (request: RenderRequest) => {
  if (request.type === 'site') {
    render = createReviewRenderer(request.site);
    return;
  }
  let reply: RenderReply;
  try {
    if (!render) throw new Error('no site settings were sent before the first batch');
    const results: [string, boolean][] = [];
    for (const page of request.pages) {
      const html = 'review' in page ? render(page.review) : renderPageSpec(page.page);
      results.push(writeIfChanged(page.target, html, page.knownHash));
    }
    reply = { type: 'done', batch: request.batch, results };
  } catch (error) {
    reply = { type: 'failed', batch: request.batch, message: (error as Error)?.message ?? String(error) };
  }
  port.postMessage(reply);
});

port.postMessage({ type: 'ready' } satisfies RenderReply);
