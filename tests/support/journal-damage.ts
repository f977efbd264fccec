import { closeSync, openSync, writeSync } from 'node:fs';
import { openJournal } from '../../src-main/core/journal';

/** A real journal at `path`, written by the core: `count` dramas, each with a note and a cast member. */
export function buildJournal(path: string, count = 300): void {
  const journal = openJournal(path);
  try {
    journal.transaction(() => {
      for (let i = 1; i <= count; i += 1) {
        const drama = journal.dramas.create({
          title: `Drama ${i}`,
          nativeTitle: `드라마 ${i}`,
          platforms: ['KBS'],
          aired: { year: 2020, month: 1 + (i % 12) },
          episodes: 16,
          genres: ['Romance'],
        });
        journal.notes.add({ dramaId: drama.id, episode: null, text: `A note on drama ${i}. `.repeat(8) });
        journal.cast.add({ dramaId: drama.id, actor: `Actor ${i}` });
      }
    });
  } finally {
    journal.close();
  }
}

/**
 * Damages one page of the `dramas` table in the closed journal at `path`, as a bad
 * sector or a torn write would: a leaf page from the middle of the table (or its
 * root, `where: 'root'`) has its header overwritten. Answers the page number.
 */
export function damagePage(path: string, where: 'leaf' | 'root' = 'leaf'): number {
  const journal = openJournal(path, { access: 'read' });
  let page: number;
  let pageSize: number;
  try {
    const pages = journal.db.prepare("SELECT pageno FROM dbstat WHERE name = 'dramas' AND pagetype = ? ORDER BY pageno").pluck().all(where === 'root' ? 'internal' : 'leaf') as number[];
    page = where === 'root' ? pages[0] : pages[Math.floor(pages.length / 2)];
    pageSize = journal.db.pragma('page_size', { simple: true }) as number;
  } finally {
    journal.close();
  }
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(16, 0xff), 0, 16, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  return page;
}
