/**
 * The files DIR holds before an export: the earlier export's (a page the user deleted from
 * DIR must be written again) and any the user put there (never to be written over).
 *
 * Listing ten thousand names costs more than the rest of a re-export after one edit, so the
 * list is kept with the identity of DIR and of each folder an export writes to (inode and
 * times to the nanosecond): a file added, deleted or renamed in a folder gives the folder new
 * times, and so does the export's own swap, after which the list is brought up to date from
 * what the swap did. Only the last folder exported to is kept, as for the manifest.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders an export writes into; files elsewhere below DIR are never the export's. */
const EXPORT_FOLDERS = ['reviews', 'images', 'actors', 'year', 'lists'];
const exportFolders = new Set(EXPORT_FOLDERS);

let known: { outDir: string; identity: string; files: ReadonlySet<string> } | null = null;

/** Paths of the files in DIR, from its top folder and the folders exports write to. Never to be changed. */
export function filesOnDisk(outDir: string): ReadonlySet<string> {
  // Taken before listing: a change made while listing gives another identity next time.
  const identity = identityOf(outDir);
  if (known?.outDir === outDir && known.identity === identity) return known.files;
  const files = listFiles(outDir);
  known = { outDir, identity, files };
  return files;
}

/** After an export's swap: DIR holds what it held, with the files staged and without those removed. */
export function afterSwap(outDir: string, before: ReadonlySet<string>, staged: readonly string[], removed: readonly string[]): void {
  const files = new Set(before);
  for (const path of staged) files.add(path);
  for (const path of removed) files.delete(path);
  known = { outDir, identity: identityOf(outDir), files };
}

function identityOf(outDir: string): string {
  return ['', ...EXPORT_FOLDERS]
    .map((folder) => {
      try {
        const stats = statSync(join(outDir, folder), { bigint: true });
        return `${stats.dev} ${stats.ino} ${stats.mtimeNs} ${stats.ctimeNs}`;
      } catch {
        return '-';
      }
    })
    .join('\n');
}

function listFiles(outDir: string): Set<string> {
  const found = new Set<string>();
  const visit = (relative: string) => {
    for (const entry of readdirSync(relative ? join(outDir, relative) : outDir, { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isFile()) found.add(path);
      else if (entry.isDirectory() && !relative && exportFolders.has(entry.name)) visit(path);
    }
  };
  visit('');
  return found;
}
