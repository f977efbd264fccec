import type { EpisodeLogEntry } from '@common/model';

/** One episode in the log panel: its latest watch (what a grade or a new day changes) and the days it was watched before. */
export interface EpisodeRow extends EpisodeLogEntry {
  earlier: string[];
}

/** The log by episode, in episode order: an episode watched twice (a rewatch) is one row, its latest watch. */
export function episodeRows(log: readonly EpisodeLogEntry[]): EpisodeRow[] {
  const rows = new Map<number, EpisodeRow>();
  // The core answers the log in the order it was watched: a later watch of an episode replaces the row.
  for (const entry of log) {
    const before = rows.get(entry.episode);
    rows.set(entry.episode, { ...entry, earlier: before ? [...before.earlier, before.watchedOn] : [] });
  }
  return [...rows.values()].sort((a, b) => a.episode - b.episode);
}
