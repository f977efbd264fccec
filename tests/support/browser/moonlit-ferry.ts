import type { DramaCreateInput } from '../../../src-main/core/common/model';
import type { JournalUnderTest } from './journal-under-test';

/** The drama most tests start from: twelve episodes on Netflix and tvN, first aired March 2024, not yet watched. */
export const MOONLIT_FERRY: DramaCreateInput = {
  title: 'Moonlit Ferry',
  nativeTitle: '달빛 나루',
  platforms: ['Netflix', 'tvN'],
  aired: { year: 2024, month: 3 },
  episodes: 12,
  genres: ['Romance', 'Mystery'],
};

/** Adds Moonlit Ferry to the journal, with `changes` (another episode count, a watch record) over its usual fields. */
export function addMoonlitFerry(journal: JournalUnderTest, changes: Partial<DramaCreateInput> = {}) {
  return journal.journal.dramas.create({ ...MOONLIT_FERRY, ...changes });
}
