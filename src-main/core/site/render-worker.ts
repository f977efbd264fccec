/**
 * A thread of a large export (see render-pool.ts). It draws pages with the
 * same code as the main thread, or takes pages the main thread drew, hashes
 * each and, unless the folder already holds those bytes, writes it to the
 * staging folder (write-file.ts, as the main thread does), then answers with
 * the hashes: pages never travel back as text.
 *
 * The renderers (React and the page components) are loaded at the first page
 * to draw, not at start: a thread that only writes never loads them.
 *
 * Any failure answers `failed` for the whole batch, and the main thread
 * deals with that batch itself: a thread can only make an export faster,
 * never change what it writes or make it fail.
 */
import { parentPort } from 'node:worker_threads';
import type { RenderRequest, RenderReply, PageToRender } from './render-protocol';
import type { SiteShared } from './review-render';
import { writeIfChanged } from './write-file';

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread');

type Draw = (page: Exclude<PageToRender, { html: string }>) => string;

let site: SiteShared | null = null;
let draw: Draw | null = null;

async function drawer(): Promise<Draw> {
  if (draw) return draw;
  if (!site) throw new Error('no site settings were sent before the first page to draw');
  const [{ renderPageSpec }, { createReviewRenderer }] = await Promise.all([import('./page-specs'), import('./review-render')]);
  const render = createReviewRenderer(site);
  return (draw = (page) => ('review' in page ? render(page.review) : renderPageSpec(page.page)));
}

async function answer(request: Extract<RenderRequest, { type: 'batch' }>): Promise<RenderReply> {
  try {
    const results: [string, boolean][] = [];
    for (const page of request.pages) {
      const html = 'html' in page ? page.html : (await drawer())(page);
      results.push(writeIfChanged(page.target, html, page.knownHash));
    }
    return { type: 'done', batch: request.batch, results };
  } catch (error) {
    return { type: 'failed', batch: request.batch, message: (error as Error)?.message ?? String(error) };
  }
}

// Messages are dealt with one after another, in the order they came (loading the renderers waits).
let queue = Promise.resolve();
port.on('message', (request: RenderRequest) => {
  queue = queue.then(async () => {
    if (request.type === 'batch') port.postMessage(await answer(request));
    else {
      site = request.site;
      draw = null;
    }
  });
});

port.postMessage({ type: 'ready' } satisfies RenderReply);
