/** `sitemap.xml`, written only when the site has an address (a sitemap needs absolute URLs). */
import { escapeXml } from './xml';

export interface SitemapPage {
  /** From the site root: `reviews/soundtrack-2.html`. */
  path: string;
  /** When its content last changed, from the journal (ISO time). */
  lastModified: string | null;
}

export function renderSitemap(baseUrl: string, pages: readonly SitemapPage[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const page of pages) {
    const lastmod = page.lastModified ? `<lastmod>${escapeXml(page.lastModified.slice(0, 10))}</lastmod>` : '';
    lines.push(`  <url><loc>${escapeXml(`${baseUrl}${page.path}`)}</loc>${lastmod}</url>`);
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}
