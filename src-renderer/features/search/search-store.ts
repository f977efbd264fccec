import { create } from 'zustand';
import type { SearchResult } from '@common/model';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { latestRequest } from '../../shared/loading/latest-request';

/** The longest query the core takes; the box stops there rather than being refused. */
export const MAX_QUERY = 200;
const RESULT_LIMIT = 50;

interface SearchState {
  text: string;
  /** The answer to `answeredText`, best first; empty before the first search. */
  results: SearchResult[];
  answeredText: string;
  state: 'idle' | 'searching' | 'ready' | 'error';
  error: string | null;
  /** The result the arrow keys are on, or -1. */
  active: number;
  setText(text: string): Promise<void>;
  move(step: 1 | -1): void;
  setActive(index: number): void;
}

// Each keystroke asks at once (FTS answers in milliseconds); only the newest answer is shown.
const latest = latestRequest();

/** A cache of the core's answer for what is in the search box. Ranking and highlighting are the core's. */
export const useSearchStore = create<SearchState>()((set, get) => ({
  text: '',
  results: [],
  answeredText: '',
  state: 'idle',
  error: null,
  active: -1,
  async setText(text) {
    set({ text });
    if (!text.trim()) {
      latest.invalidate();
      set({ results: [], answeredText: text, state: 'idle', error: null, active: -1 });
      return;
    }
    set({ state: 'searching', error: null });
    await latest.run(() => api('search.query', { text, limit: RESULT_LIMIT }), {
      answer: (results) => set({ results, answeredText: text, state: 'ready', active: results.length ? 0 : -1 }),
      failed: (error) => set({ state: 'error', error: messageOf(error), results: [], active: -1 }),
    });
  },
  move(step) {
    const { results, active } = get();
    if (!results.length) return;
    set({ active: (active + step + results.length) % results.length });
  },
  setActive(index) {
    set({ active: index });
  },
}));
