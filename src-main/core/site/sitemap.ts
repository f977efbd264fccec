/** `sitemap.xml`, written only when the site has an address (a sitemap needs absolute URLs). */
import { escapeXml } from './xml';

export interface SitemapPage {
  /** From the site root: `reviews/soundtrack-2.html`. */
  path: string;
  /** When its content last changed, from the journal (ISO time). */
  lastModified: string | null;
}

/** The last sitemap made: a re-export mostly lists the same pages on the same days, and then gives the same text. */
let last: { baseUrl: string; pages: readonly SitemapPage[]; text: string } | null = null;

const day = (page: SitemapPage) => page.lastModified?.slice(0, 10) ?? null;

export function renderSitemap(baseUrl: string, pages: readonly SitemapPage[]): string {
  const before = last;
  if (before?.baseUrl === baseUrl && before.pages.length === pages.length && pages.every((page, i) => page.path === before.pages[i].path && day(page) === day(before.pages[i]))) {
    return before.text;
  }
  last = { baseUrl, pages, text: sitemapText(baseUrl, pages) };
  return last.text;
}

function sitemapText(baseUrl: string, pages: readonly SitemapPage[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const page of pages) {
    const lastmod = page.lastModified ? `<lastmod>${escapeXml(day(page)!)}</lastmod>` : '';
    lines.push(`  <url><loc>${escapeXml(`${baseUrl}${page.path}`)}</loc>${lastmod}</url>`);
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}
