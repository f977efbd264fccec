import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openJournal, type Journal } from '../../src-main/core/journal';
import type { Clock } from '../../src-main/core/clock';
import type { CompleteRelease, DramaCreateInput } from '../../src-main/core/common/model';

/** A fresh folder under the OS temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'dramalog-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clock that starts at a fixed instant and moves one second per reading. */
export function steppingClock(start = '2026-01-02T03:04:05.000Z'): Clock {
  let t = Date.parse(start);
  return { now: () => new Date((t += 1000)) };
}

export function openTempJournal(clock: Clock = steppingClock()): { journal: Journal; dir: string; path: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'journal.sqlite');
  const journal = openJournal(path, { clock });
  return {
    journal,
    dir,
    path,
    cleanup: () => {
      journal.close();
      cleanup();
    },
  };
}

/** A drama with every field known (ready to publish). */
export const sampleDrama: DramaCreateInput & CompleteRelease = {
  title: 'Moonlit Ferry',
  nativeTitle: '달빛 나루',
  platforms: ['Netflix', 'tvN'],
  aired: { year: 2024, month: 3 },
  episodes: 12,
  genres: ['Romance', 'Mystery'],
};
