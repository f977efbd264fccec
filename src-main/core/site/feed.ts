/**
 * `feed.xml`: an Atom feed of the newest reviews, newest first by when each
 * review was last saved. Every date comes from the journal, none from the
 * clock, so the feed is as deterministic as the pages.
 */
import { escapeXml } from './xml';

/** Feed readers only look at the latest entries; the lists hold the rest. */
export const FEED_SIZE = 50;

export interface FeedEntry {
  id: number;
  title: string;
  nativeTitle: string | null;
  /** From the site root: `reviews/soundtrack-2.html`. */
  path: string;
  summary: string;
  author: string;
  published: string;
  updated: string;
}

export function renderFeed(options: { siteTitle: string; baseUrl: string | null; entries: readonly FeedEntry[] }): string {
  const { siteTitle, baseUrl, entries } = options;
  const href = (path: string) => (baseUrl ? `${baseUrl}${path}` : path);
  const updated = entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), '1970-01-01T00:00:00.000Z');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(siteTitle)}</title>`,
    `  <id>${escapeXml(baseUrl ?? 'urn:dramalog:site')}</id>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(href('index.html'))}"/>`,
    ...(baseUrl ? [`  <link rel="self" type="application/atom+xml" href="${escapeXml(href('feed.xml'))}"/>`] : []),
    '  <generator>Dramalog</generator>',
  ];
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      `    <title>${escapeXml(entry.nativeTitle ? `${entry.title} (${entry.nativeTitle})` : entry.title)}</title>`,
      `    <id>${escapeXml(baseUrl ? href(entry.path) : `urn:dramalog:review:${entry.id}`)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(href(entry.path))}"/>`,
      `    <published>${escapeXml(entry.published)}</published>`,
      `    <updated>${escapeXml(entry.updated)}</updated>`,
      `    <author><name>${escapeXml(entry.author || siteTitle)}</name></author>`,
      `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
