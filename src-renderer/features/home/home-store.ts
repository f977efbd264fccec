import { create } from 'zustand';
import type { Drama, DramaSummary } from '@common/model';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { latestRequest } from '../../shared/loading/latest-request';
import { HOME_QUERY } from './home-sections';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

interface HomeState {
  dramas: DramaSummary[] | null;
  loadState: LoadState;
  loadError: string | null;
  /** The drama whose +1 episode is being saved, so its button waits. */
  stepping: number | null;
  /** Why the last +1 episode failed, with the drama it was for. */
  stepError: { dramaId: number; message: string } | null;
  load(): Promise<void>;
  /** One more episode of `id` watched; answers the drama as saved, or null when it was refused. */
  nextEpisode(id: number): Promise<Drama | null>;
}

const latestLoad = latestRequest();

/** The row a drama now makes in the library's terms, after a change to its watch record. */
function withWatch(row: DramaSummary, drama: Drama): DramaSummary {
  return { ...row, status: drama.watch.status, episodesWatched: drama.watch.episodesWatched, finishedOn: drama.watch.finishedOn };
}

/** The library's rows as the home screen groups them, and +1 episode from there. */
export const useHomeStore = create<HomeState>()((set, get) => ({
  dramas: null,
  loadState: 'idle',
  loadError: null,
  stepping: null,
  stepError: null,
  async load() {
    set({ loadState: 'loading', loadError: null });
    await latestLoad.run(() => api('dramas.list', HOME_QUERY), {
      answer: (dramas) => set({ dramas, loadState: 'ready' }),
      failed: (error) => set({ loadState: 'error', loadError: messageOf(error) }),
    });
  },
  async nextEpisode(id) {
    set({ stepping: id, stepError: null });
    try {
      const drama = await api('watch.nextEpisode', { id });
      set({ dramas: get().dramas?.map((row) => (row.id === id ? withWatch(row, drama) : row)) ?? null });
      return drama;
    } catch (error) {
      set({ stepError: { dramaId: id, message: messageOf(error) } });
      return null;
    } finally {
      set({ stepping: null });
    }
  },
}));
