import { afterEach } from 'vitest';
import type { Clock } from '../../../src-main/core/clock';
import { createDispatch, type Dispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import type { Journal } from '../../../src-main/core/journal';
import type { DramaCreateInput, ReviewSaveInput } from '../../../src-main/core/common/model';
import { openTempJournal, sampleDrama, steppingClock } from '../../support/temp-journal';

const open: (() => void)[] = [];
afterEach(() => {
  while (open.length) open.pop()!();
});

export interface TestJournal {
  journal: Journal;
  path: string;
  dir: string;
  dispatch: Dispatch;
}

/** A journal in a fresh temp folder, closed and removed after the test. */
export function useJournal(clock: Clock = steppingClock()): TestJournal {
  const temp = openTempJournal(clock);
  open.push(temp.cleanup);
  const dispatch = createDispatch(createHandlers(temp.journal), () => {});
  return { journal: temp.journal, path: temp.path, dir: temp.dir, dispatch };
}

/** Registers extra cleanup (another connection, a copy) to run after the test. */
export function afterThisTest(cleanup: () => void): void {
  open.push(cleanup);
}

/** A clock stopped at noon UTC on `date`, so the local calendar day is `date` in every time zone from UTC-11 to UTC+11. */
export function noonClock(date = '2026-05-10'): Clock {
  return { now: () => new Date(`${date}T12:00:00.000Z`) };
}

export function drama(overrides: Partial<DramaCreateInput> = {}): DramaCreateInput {
  return { ...sampleDrama, ...overrides };
}

/** A final review of drama 1 (sampleDrama), with a Hangul paragraph in its intro. */
export function review(overrides: Partial<ReviewSaveInput> = {}): ReviewSaveInput {
  return {
    dramaId: 1,
    grade: 'A-',
    reviewer: { name: 'Mina Park', location: 'Busan, Korea' },
    intro: ['A quiet ferry town.', '조용한 마을.'],
    story: ['Two strangers meet.'],
    closing: ['Worth the crossing.'],
    state: 'final',
    ...overrides,
  };
}

/** Unwraps a dispatcher answer, failing the test with the error if the call was refused. */
export async function ok<T = unknown>(answer: Promise<{ ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
