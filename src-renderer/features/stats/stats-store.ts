import { create } from 'zustand';
import type { JournalStats } from '@common/model';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { latestRequest } from '../../shared/loading/latest-request';

interface StatsState {
  /** null: the whole journal; a year: the year in review. */
  year: number | null;
  stats: JournalStats | null;
  /** Years with finished dramas, for the year menu (from the whole journal's figures). */
  years: number[];
  state: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  load(year?: number | null): Promise<void>;
}

const latest = latestRequest();

/** A cache of the core's figures for the chosen year; the figures themselves are worked out in the core. */
export const useStatsStore = create<StatsState>()((set, get) => ({
  year: null,
  stats: null,
  years: [],
  state: 'idle',
  error: null,
  async load(year = get().year) {
    set({ year, state: 'loading', error: null });
    await latest.run(
      async () => {
        const stats = await api('stats.get', year === null ? {} : { year });
        return { stats, whole: year === null ? stats : await api('stats.get', {}) };
      },
      {
        answer: ({ stats, whole }) => set({ stats, years: whole.finishedPerYear.map((y) => y.year).reverse(), state: 'ready' }),
        failed: (error) => set({ state: 'error', error: messageOf(error) }),
      },
    );
  },
}));
