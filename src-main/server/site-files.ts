/**
 * Open Site in a browser: the site exported to the remembered folder, served read-only under
 * SITE_PATH by `dramalog serve`, behind the same session as the app. Only the export's own
 * kind of files: no folder listings, no hidden files (the manifest, staging folders), nothing
 * outside the folder (readStaticFile's rules), and only while the folder still holds a Dramalog export.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Journal } from '../core/journal';
import { MANIFEST_NAME } from '../core/site/manifest';
import { readStaticFile, type StaticFile } from './static-files';

/** The site's pages are plain HTML and CSS with pictures: nothing else may load or run in them. */
export const SITE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The remembered site's file at `urlPath` (below SITE_PATH, e.g. `/reviews/x.html`), or null. */
export function readSiteFile(journal: Journal, urlPath: string): StaticFile | null {
  const place = journal.settings.sitePlace();
  if (!place || !existsSync(join(place.folder, MANIFEST_NAME))) return null;
  try {
    return readStaticFile(place.folder, urlPath);
  } catch {
    return null; // the folder went away between the two looks
  }
}
