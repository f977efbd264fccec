/** Messages between the export and its threads (render-pool.ts, render-worker.ts). */
import type { PageSpec } from './page-specs';
import type { ReviewRenderJob, SiteShared } from './review-render';

/** A page for a thread: to draw (`review`, `page`), or drawn already on the main thread (`html`), only to hash and write. */
export type PageToRender = {
  /** Where to write the page: its path in the staging folder. */
  target: string;
  /** The hash of the file DIR holds there already: a page with this hash is not written. */
  knownHash: string | null;
} & ({ review: ReviewRenderJob } | { page: PageSpec } | { html: string });

export type RenderRequest = { type: 'site'; site: SiteShared } | { type: 'batch'; batch: number; pages: PageToRender[] };

export type RenderReply =
  | { type: 'ready' }
  /** Per page, in order: its hash and whether it was written. */
  | { type: 'done'; batch: number; results: [string, boolean][] }
  | { type: 'failed'; batch: number; message: string };
