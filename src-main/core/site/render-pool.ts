/**
 * Threads for large exports. React's server renderer, the garbage it leaves
 * and the string building take most of a full export's time, and all of it is
 * per page: threads rendering batches of pages beside the main thread (which
 * keeps rendering too) divide that time by the number of CPUs. On two CPUs one
 * thread only hashes and writes the pages the main thread draws (`exportThreads`).
 *
 * The pool is only ever a way to go faster. Whenever a thread cannot be
 * started (no worker entry in this build, a runtime without worker threads),
 * dies, or fails a batch, that batch comes back to the main thread, which
 * deals with it with the same code; the export's bytes never depend on who
 * drew or wrote a page (tests/unit/site/parallel.test.ts compares them).
 *
 * Where the worker comes from:
 * - from TypeScript sources (the CLI through tsx, tests through Vitest):
 *   render-worker-bootstrap.mjs, which registers tsx in the thread and loads render-worker.ts;
 * - in the built app and CLI: site-render-worker.js, a separate entry of the
 *   bundle (electron.vite.config.ts, scripts/build-cli.mjs), found beside the bundle's code.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PageToRender, RenderReply, RenderRequest } from './render-protocol';
import type { SiteShared } from './review-render';

/**
 * Below this many review pages to draw, threads cost more to start than they save. A writing
 * thread saves about 30 µs a page, and takes 50 ms (built) to 200 ms (from sources, through tsx)
 * to be ready: measured at 1,000 reviews on two CPUs it made the export slower (0.127 s against
 * 0.072 s), at 10,000 faster.
 */
export const THREADS_MIN_PAGES: Readonly<Record<ThreadRole, number>> = { render: 500, write: 4000 };
/** CPUs an export uses at most: more bring little, the main thread's reading and the disk keep up with no more. */
const MAX_CPUS = 4;
/** Batches queued on one thread: one being rendered, one waiting so it never idles. */
const MAX_IN_FLIGHT = 2;
/** Young generation of a rendering thread (V8's default is 16 to 32 MB). */
const YOUNG_GENERATION_MB = 64;
/** The bundled worker's file name (an entry of the main build in electron.vite.config.ts). */
export const BUNDLED_WORKER = 'site-render-worker.js';

export type BatchResults = [hash: string, written: boolean][];

/**
 * What an export's threads do: draw pages (and write them), or only hash and
 * write the pages the main thread draws (`html` pages, render-protocol.ts).
 */
export type ThreadRole = 'render' | 'write';

interface Thread {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  inFlight: Map<number, (results: BatchResults | null) => void>;
}

/**
 * Rendering threads to start beside the main thread: one per CPU beyond two,
 * MAX_CPUS in all. On two CPUs that is none: measured there, the main thread
 * and the system writing its files already use more than one CPU, and a
 * rendering thread's start (a fresh V8 with React to load and compile; four
 * times slower again from TypeScript sources through tsx) cost more than it
 * saved (scripts/bench-export.ts prints both ways).
 */
export function renderThreadCount(): number {
  return Math.max(0, Math.min(availableParallelism(), MAX_CPUS) - 2);
}

/**
 * The threads a large export starts here: rendering threads where there are
 * CPUs to spare; on two CPUs one writing thread. Hashing and writing 10,000
 * files is a third of a full export on the main thread (encoding each page,
 * hashing it, creating the file); a thread does it on the other CPU for the
 * cost of copying the page to it (it loads no renderer unless given a page to draw).
 * The figures, both ways: core/site/README.md, Threads.
 */
export function exportThreads(): { count: number; role: ThreadRole } {
  const render = renderThreadCount();
  if (render > 0) return { count: render, role: 'render' };
  return { count: availableParallelism() >= 2 ? 1 : 0, role: 'write' };
}

/** The file a rendering thread runs, or null when this build has none. */
export function renderWorkerEntry(): URL | null {
  const here = import.meta.url;
  if (!here?.startsWith('file:')) return null;
  if (/\.[cm]?tsx?$/.test(new URL(here).pathname)) return new URL('./render-worker-bootstrap.mjs', here);
  // Bundled: this code sits in the main entry or in a chunk folder beneath it.
  for (const candidate of [`./${BUNDLED_WORKER}`, `../${BUNDLED_WORKER}`]) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

export class RenderPool {
  private readonly threads: Thread[] = [];
  private nextBatch = 1;
  private closed = false;
  private waiters: (() => void)[] = [];

  /** 'write': the threads are given only pages drawn already (never offered pages to draw). */
  readonly role: ThreadRole;

  private constructor(entry: URL, count: number, role: ThreadRole) {
    const fromSources = entry.pathname.endsWith('.mjs');
    this.role = role;
    for (let i = 0; i < count; i += 1) {
      let worker: Worker;
      try {
        worker = new Worker(entry, {
          // From sources the thread registers tsx itself; a loader inherited from `tsx script.ts` would only be loaded twice.
          execArgv: fromSources ? [] : undefined,
          // Rendering leaves much short-lived garbage: a larger young generation collects it less often.
          // Writing makes little besides the pages it is sent: V8's default, and less memory.
          resourceLimits: role === 'render' ? { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } : undefined,
        });
      } catch (error) {
        // The export still completes, rendering on the calling thread; say why it is slower.
        console.error('dramalog: an export thread could not start; its pages are done here instead:', error);
        continue;
      }
      const thread: Thread = { worker, ready: false, dead: false, inFlight: new Map() };
      worker.on('message', (reply: RenderReply) => {
        if (reply.type === 'ready') {
          thread.ready = true;
          this.wake();
        }
        else {
          const settle = thread.inFlight.get(reply.batch);
          thread.inFlight.delete(reply.batch);
          if (reply.type === 'failed') console.error(`dramalog: an export thread failed a batch (${reply.message}); doing it here instead`);
          settle?.(reply.type === 'done' ? reply.results : null);
        }
      });
      const die = () => this.lose(thread);
      worker.on('error', (error) => {
        console.error('dramalog: an export thread failed; its pages are done here instead:', error);
        die();
      });
      worker.on('exit', die);
      worker.on('messageerror', die);
      this.threads.push(thread);
    }
  }

  /** Starts `count` threads, or returns null when this build cannot run any. `entry` is for tests. */
  static start(count: number = renderThreadCount(), entry: URL | null = renderWorkerEntry(), role: ThreadRole = 'render'): RenderPool | null {
    if (count < 1 || !entry) return null;
    const pool = new RenderPool(entry, count, role);
    return pool.threads.length ? pool : null;
  }

  /** The settings and link table every page of this export shares; sent before any batch. */
  setSite(site: SiteShared): void {
    for (const thread of this.threads) this.post(thread, { type: 'site', site });
  }

  /** Resolves once every thread is ready or gone. */
  async whenReady(): Promise<void> {
    while (this.threads.some((t) => !t.ready && !t.dead)) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Whether a thread is ready and has room for another batch (drawn pages or, in the 'render' role, pages to draw). */
  hasRoom(): boolean {
    return !this.closed && this.threads.some((t) => t.ready && !t.dead && t.inFlight.size < MAX_IN_FLIGHT);
  }

  /**
   * Hands a batch to a thread that is ready and has room, or returns null when
   * none has (render it here). The promise resolves with each page's hash and
   * whether it was written, or with null when the thread failed the batch: the
   * caller then renders the batch itself.
   */
  offer(pages: PageToRender[]): Promise<BatchResults | null> | null {
    if (this.closed) return null;
    let best: Thread | null = null;
    for (const thread of this.threads) {
      if (!thread.ready || thread.dead || thread.inFlight.size >= MAX_IN_FLIGHT) continue;
      if (!best || thread.inFlight.size < best.inFlight.size) best = thread;
    }
    if (!best) return null;
    const thread = best;
    const batch = this.nextBatch++;
    return new Promise((resolve) => {
      thread.inFlight.set(batch, resolve);
      if (!this.post(thread, { type: 'batch', batch, pages })) {
        thread.inFlight.delete(batch);
        resolve(null);
      }
    });
  }

  /** Stops every thread; batches still out come back as failed (null). Nothing is written after this resolves. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.threads.map(async (thread) => {
        try {
          await thread.worker.terminate();
        } finally {
          this.lose(thread);
        }
      }),
    );
  }

  private post(thread: Thread, request: RenderRequest): boolean {
    if (thread.dead) return false;
    try {
      thread.worker.postMessage(request);
      return true;
    } catch {
      this.lose(thread);
      return false;
    }
  }

  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  private lose(thread: Thread): void {
    thread.dead = true;
    thread.ready = false;
    this.wake();
    const pending = [...thread.inFlight.values()];
    thread.inFlight.clear();
    for (const settle of pending) settle(null);
  }
}
