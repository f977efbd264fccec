/**
 * The export's second step: draws the pages the plan says are not current and
 * hands each to the writer. Pages go in batches to a rendering thread with room
 * (render-pool.ts), or are drawn here: the lists (only here), preferably while
 * the threads are busy or still starting, then the other pages, then reviews.
 * A page drawn here goes to a thread with room to be hashed and written (on two
 * CPUs, the export's one thread only writes), else is written here.
 * Whoever draws or writes a page, its bytes are the same.
 */
import { JournalError } from '../common/errors';
import type { Journal } from '../journal';
import { pageSpecOf } from './describe-page';
import type { ExportFiles } from './export-files';
import { ListPages } from './list-pages';
import type { Pace } from './pace';
import { renderPageSpec, type PageSpec } from './page-specs';
import type { DescribedPageJob, ExportPlan, ListPageJob, ReviewPageJob } from './plan';
import { listedRows } from './journal-rows';
import { type ListedDrama, readReviewRows } from './read-journal';
import type { RenderPool } from './render-pool';
import { reviewRendererFor, type PagePicture, type ReviewRenderer, type ReviewRenderJob } from './review-render';
import type { SiteWriter } from './output-dir';
import { COVER_WIDTHS, PICTURE_WIDTHS, webImageOf } from './web-sizes';

/** Review pages per read of review text, and per batch handed to a rendering thread. */
const BATCH = 64;

/** A batch of pages: what to draw (`review` or `page`), or the page drawn (`html`), and where it goes. */
type Batch = ({ path: string; key: string } & ({ review: ReviewRenderJob } | { page: PageSpec } | { html: string }))[];

export interface RenderInput {
  journal: Journal;
  plan: ExportPlan;
  /** The review pages to draw: those not current, and those naming a link that changed. */
  reviews: readonly ReviewPageJob[];
  writer: SiteWriter;
  files: ExportFiles;
  pool: RenderPool | null;
  pace: Pace;
}

export class SiteRenderer {
  private renderHere: ReviewRenderer | null = null;
  private listed: Map<number, ListedDrama> | null = null;
  private readonly outstanding: Promise<void>[] = [];
  private threadFailure: unknown = null;
  private readonly lists: ListPageJob[];
  private readonly described: DescribedPageJob[];
  private readonly listPages: ListPages;

  constructor(private readonly input: RenderInput) {
    this.lists = input.plan.lists.filter((page) => !page.current);
    this.described = input.plan.described.filter((page) => !page.current);
    this.listPages = new ListPages(input.journal, input.plan);
  }

  /** Draws and writes every page to draw; resolves once all are written, wherever they were drawn. */
  async run(): Promise<void> {
    const { pool, pace } = this.input;
    let nextReview = 0;
    let nextDescribed = 0;
    let nextList = 0;
    const takeDescribed = () => this.described.slice(nextDescribed, (nextDescribed += BATCH));
    const takeReviews = () => this.input.reviews.slice(nextReview, (nextReview += BATCH));
    const reviewsLeft = () => nextReview < this.input.reviews.length;
    const describedLeft = () => nextDescribed < this.described.length;
    while (reviewsLeft() || describedLeft() || nextList < this.lists.length) {
      if (pool?.role === 'render' && pool.hasRoom() && (describedLeft() || reviewsLeft())) {
        this.offer(pool, describedLeft() ? this.describe(takeDescribed()) : this.readReviews(takeReviews()));
      } else if (nextList < this.lists.length) {
        const list = this.lists[nextList];
        if (!this.listPages.step()) {
          this.drawHere([{ path: list.path, key: list.key, html: this.listPages.render(list.page) }]);
          nextList += 1;
        }
      } else if (describedLeft()) this.drawHere(this.describe(takeDescribed()));
      else this.drawHere(this.readReviews(takeReviews()));
      if (this.threadFailure) throw this.threadFailure;
      await pace.breathe(pool !== null);
    }
    await Promise.all(this.outstanding);
    if (this.threadFailure) throw this.threadFailure;
  }

  /** Hashes the page and stages it unless DIR already holds exactly these bytes. */
  put(path: string, content: string, key: string): void {
    const [hash, written] = this.input.writer.write(path, content, this.input.plan.recorded(path)?.hash ?? null);
    this.input.files.settle(path, hash, key, written);
  }

  /** Draws the batch here; its pages go to a writing thread with room, else are written here. */
  private drawHere(batch: Batch): void {
    const drawn: Batch = batch.map((item) => ({ path: item.path, key: item.key, html: this.draw(item) }));
    const { pool } = this.input;
    if (pool?.hasRoom()) this.offer(pool, drawn);
    else this.writeHere(drawn);
  }

  /** Draws (where not drawn yet) and writes every page of the batch here. */
  private writeHere(batch: Batch): void {
    for (const item of batch) this.put(item.path, this.draw(item), item.key);
  }

  private draw(item: Batch[number]): string {
    if ('html' in item) return item.html;
    return 'review' in item ? (this.renderHere ??= reviewRendererFor(this.siteShared()))(item.review) : renderPageSpec(item.page);
  }

  private siteShared() {
    const { siteTitle, baseUrl, links } = this.input.plan;
    return { siteTitle, baseUrl, links };
  }

  private readReviews(slice: readonly ReviewPageJob[]): Batch {
    const rows = readReviewRows(this.input.journal, slice.map((job) => job.drama.id));
    return slice.map((job) => {
      const row = rows.get(job.drama.id);
      if (!row) throw new JournalError('conflict', `the review of ${job.drama.title} was removed during the export; export again`);
      const pictures: PagePicture[] = job.pictures.map(({ picture, hash, size }) => ({
        image: webImageOf(hash, size, PICTURE_WIDTHS),
        alt: picture.alt,
        section: picture.section,
        afterParagraph: picture.afterParagraph,
      }));
      const cover = job.cover && { image: webImageOf(job.cover.hash, job.cover.size, COVER_WIDTHS) };
      return { path: job.path, key: job.key, review: { slug: job.slug, path: job.path, pictures, cover, row } };
    });
  }

  private describe(pages: readonly DescribedPageJob[]): Batch {
    const { journal, plan } = this.input;
    if (!this.listed) {
      const needed = new Set(this.described.flatMap((page) => page.dramaIds));
      const dramas = plan.reviews.filter((r) => needed.has(r.drama.id)).map((r) => r.drama);
      this.listed = new Map(listedRows(journal, dramas).map((d) => [d.id, d]));
    }
    const context = { journal, plan, listed: this.listed };
    return pages.map((page) => ({ path: page.path, key: page.key, page: pageSpecOf(page, context) }));
  }

  /** Hands the batch to a thread with room (the caller checked there is one), or deals with it here. */
  private offer(pool: RenderPool, batch: Batch): void {
    const { writer, files, plan } = this.input;
    const offered = pool.offer(batch.map((item) => ({ ...item, target: writer.target(item.path), knownHash: plan.recorded(item.path)?.hash ?? null })));
    if (!offered) return this.writeHere(batch);
    this.outstanding.push(
      offered
        .then((results) => {
          // The thread failed this batch: deal with it here, the same way.
          if (!results) return this.writeHere(batch);
          results.forEach(([hash, written], i) => {
            const item = batch[i];
            if (written) writer.stagedElsewhere(item.path);
            files.settle(item.path, hash, item.key, written, 'html' in item ? 'written' : 'rendered');
          });
        })
        .catch((error: unknown) => {
          this.threadFailure ??= error;
        }),
    );
  }
}
