import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { toPublicDrama } from '../dramas/public-json';
import { invalidInput, JournalError } from '../errors';
import type { Journal } from '../journal';
import { DEFAULT_SETTINGS, type Settings } from '../model';
import { DUMP_FORMAT, DUMP_VERSION, type DumpDrama, type JournalDump } from './dump-format';

export interface DumpOptions {
  /** Stamp the dump with this time (ISO 8601). Left out by default so dumps are deterministic. */
  exportedAt?: string;
}

/** The journal as a JournalDump object: dramas in id order, every key in a fixed order. */
export function buildDump(journal: Journal, options: DumpOptions = {}): JournalDump {
  const stored = journal.settings.get();
  const settings = Object.fromEntries(
    Object.keys(DEFAULT_SETTINGS).map((key) => [key, stored[key as keyof Settings]]),
  ) as unknown as Settings;
  const dramas = journal.dramas.all().map((drama): DumpDrama => {
    const { review, ...publicDrama } = toPublicDrama(drama);
    return {
      ...publicDrama,
      review: review && drama.review && { ...review, createdAt: drama.review.createdAt, updatedAt: drama.review.updatedAt },
      episodeMinutes: drama.episodeMinutes,
      cast: journal.cast.list(drama.id).map((m) => ({ actor: m.actor, character: m.character, role: m.role })),
      pictures: [],
      createdAt: drama.createdAt,
      updatedAt: drama.updatedAt,
    };
  });
  return {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    ...(options.exportedAt ? { exportedAt: options.exportedAt } : {}),
    settings,
    dramas,
  };
}

/** The dump as the file holds it: two-space JSON and a final newline. */
export function serializeDump(dump: JournalDump): string {
  return `${JSON.stringify(dump, null, 2)}\n`;
}

/**
 * Writes the whole journal to `outFile` as JSON. The file is written beside its
 * final name and renamed into place, so it appears whole or not at all.
 */
export function dump(journal: Journal, outFile: string, options: DumpOptions = {}): { file: string; dramas: number } {
  const target = resolve(outFile);
  if (target === resolve(journal.path)) throw invalidInput('the dump cannot overwrite the journal itself');
  const content = journal.transaction(() => buildDump(journal, options));
  const partial = `${target}.partial-${process.pid}`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(partial, serializeDump(content));
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new JournalError('internal', `could not write the dump to ${target}: ${(error as Error).message}`);
  }
  return { file: target, dramas: content.dramas.length };
}
