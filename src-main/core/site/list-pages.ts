/**
 * The three list pages (index, by grade, by year), drawn on the main thread
 * from every exported review's list fields. Each entry is drawn once for all
 * three, in steps (the entries of 10,000 reviews take a while to draw; the
 * export lets the event loop run between steps).
 */
import { createElement } from 'react';
import type { Journal } from '../journal';
import { buildLists } from './lists';
import { ListPage, type ListPageName, type RenderedGroup } from './pages/ListPage';
import { renderEntryItems } from './pages/entry-items';
import type { ListEntry } from './pages/parts';
import type { ExportPlan } from './plan';
import { listedRows } from './journal-rows';
import { renderDocument } from './render';
import { COVER_WIDTHS, fromPage, webImageOf } from './web-sizes';

/** List entries drawn per step. */
const ITEMS_PER_STEP = 2000;
/** Cards at the top of the index whose covers load at once; the rest load as the reader scrolls to them. */
const EAGER_COVERS = 6;

export class ListPages {
  private groups: ReturnType<typeof buildLists> | null = null;
  private entries: ListEntry[] = [];
  private readonly items = new Map<ListEntry, string>();

  constructor(
    private readonly journal: Journal,
    private readonly plan: ExportPlan,
  ) {}

  /** Works out the next step of what the lists need; false once there is none left. */
  step(): boolean {
    if (!this.groups) {
      const { slugs } = this.plan;
      this.groups = buildLists(listedRows(this.journal, this.plan.reviews.map((r) => r.drama)), (drama) => `reviews/${slugs.get(drama.id)}.html`);
      this.entries = this.groups['index.html'].flatMap((group) => group.entries);
      // Entries are cards with the drama's cover; the same entry shows on all three lists.
      const covers = new Map(this.plan.reviews.map((r) => [`reviews/${r.slug}.html`, r.cover && webImageOf(r.cover.hash, r.cover.size, COVER_WIDTHS)]));
      this.entries.forEach((entry, i) => {
        const cover = covers.get(entry.href);
        entry.cover = cover ? fromPage(cover, '', i >= EAGER_COVERS) : null;
      });
      return true;
    }
    if (this.items.size === this.entries.length) return false;
    const chunk = this.entries.slice(this.items.size, this.items.size + ITEMS_PER_STEP);
    renderEntryItems(chunk).forEach((item, i) => this.items.set(chunk[i], item));
    return true;
  }

  render(page: ListPageName): string {
    while (this.step());
    const { siteTitle, baseUrl, actors, years, reviews, publicLists } = this.plan;
    const groups: RenderedGroup[] = this.groups![page].map(({ id, label, entries }) => ({ id, label, items: entries.map((entry) => this.items.get(entry)!) }));
    const canonical = baseUrl ? `${baseUrl}${page === 'index.html' ? '' : page}` : null;
    return renderDocument(createElement(ListPage, { page, siteTitle, groups, total: reviews.length, canonical, actors: actors.length > 0, years, publicLists }));
  }
}
