import { create } from 'zustand';
import type { DramaSummary, LibrarySort } from '../../../src-main/core/model';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

interface LibraryState {
  sort: LibrarySort;
  /** The rows as the core sorted them; null until the first answer. */
  dramas: DramaSummary[] | null;
  state: LoadState;
  error: string | null;
  load(): Promise<void>;
  setSort(sort: LibrarySort): Promise<void>;
}

// Answers can arrive out of order when the sort changes quickly: only the latest request counts.
let latestRequest = 0;

/** A cache of the core's library list. Sorting is the core's job; this only remembers the choice. */
export const useLibrary = create<LibraryState>()((set, get) => ({
  sort: 'title',
  dramas: null,
  state: 'idle',
  error: null,
  async load() {
    const request = ++latestRequest;
    set({ state: 'loading', error: null });
    try {
      const dramas = await api('dramas.list', { sort: get().sort });
      if (request === latestRequest) set({ dramas, state: 'ready' });
    } catch (error) {
      if (request === latestRequest) set({ state: 'error', error: messageOf(error) });
    }
  },
  async setSort(sort) {
    set({ sort });
    await get().load();
  },
}));
