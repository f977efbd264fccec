import { create } from 'zustand';
import { AIRED_YEARS, type DramaSummary, type Grade, type LibraryQuery, type LibrarySort, type WatchStatus } from '@common/model';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { latestRequest } from '../../shared/loading/latest-request';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/** What the user chose to see: the core's LibraryQuery, kept as the controls hold it. */
export interface LibraryFilters {
  text: string;
  status: WatchStatus | '';
  grade: Grade | '';
  genre: string;
  platform: string;
  year: string;
}

export const NO_FILTERS: LibraryFilters = { text: '', status: '', grade: '', genre: '', platform: '', year: '' };

export function filtersActive(filters: LibraryFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}

function queryOf(sort: LibrarySort, filters: LibraryFilters): LibraryQuery {
  const query: LibraryQuery = { sort };
  const text = filters.text.trim();
  if (text) query.text = text;
  if (filters.status) query.status = filters.status;
  if (filters.grade) query.grade = filters.grade;
  if (filters.genre) query.genre = filters.genre;
  if (filters.platform) query.platform = filters.platform;
  const year = Number(filters.year);
  if (/^\d{4}$/.test(filters.year.trim()) && year >= AIRED_YEARS.min && year <= AIRED_YEARS.max) query.year = year;
  return query;
}

interface LibraryState {
  sort: LibrarySort;
  filters: LibraryFilters;
  /** The rows as the core sorted and filtered them; null until the first answer. */
  dramas: DramaSummary[] | null;
  /** True while `dramas` holds only the first screenful of a longer list. */
  partial: boolean;
  /** Platforms and genres in the journal, for the filter menus. */
  choices: { platforms: string[]; genres: string[] };
  state: LoadState;
  error: string | null;
  /** Set by Find from another screen: the library focuses its filter box when it opens. */
  focusFilter: boolean;
  load(): Promise<void>;
  loadChoices(): Promise<void>;
  setSort(sort: LibrarySort): Promise<void>;
  setFilters(change: Partial<LibraryFilters>): Promise<void>;
  clearFilters(): Promise<void>;
  requestFilterFocus(): void;
  filterFocused(): void;
}

/** Rows asked for first when the library opens with nothing on screen: more than fit in a tall window. */
const FIRST_SCREENFUL = 40;

// Answers can arrive out of order when the filter changes quickly: only the latest request counts.
const latestList = latestRequest();

/** A cache of the core's library list. Sorting and filtering are the core's job; this only remembers the choices. */
export const useLibraryStore = create<LibraryState>()((set, get) => ({
  sort: 'title',
  filters: NO_FILTERS,
  dramas: null,
  partial: false,
  choices: { platforms: [], genres: [] },
  state: 'idle',
  error: null,
  focusFilter: false,
  async load() {
    set({ state: 'loading', error: null });
    const query = queryOf(get().sort, get().filters);
    await latestList.run(
      async (isLatest) => {
        // Nothing on screen yet: a first screenful comes first, so rows show while the rest
        // of a large journal is still on its way. (With a list on screen, it stays until the new one is whole.)
        if (get().dramas === null) {
          const first = await api('dramas.list', { ...query, limit: FIRST_SCREENFUL });
          if (first.length < FIRST_SCREENFUL || !isLatest()) return first;
          set({ dramas: first, partial: true });
        }
        return api('dramas.list', query);
      },
      {
        answer: (dramas) => set({ dramas, partial: false, state: 'ready' }),
        failed: (error) => set({ state: 'error', error: messageOf(error) }),
      },
    );
  },
  async loadChoices() {
    try {
      set({ choices: await api('dramas.suggestions', undefined) });
    } catch {
      // The filter menus then offer no platforms or genres; everything else works.
    }
  },
  async setSort(sort) {
    set({ sort });
    await get().load();
  },
  async setFilters(change) {
    set({ filters: { ...get().filters, ...change } });
    await get().load();
  },
  async clearFilters() {
    set({ filters: NO_FILTERS });
    await get().load();
  },
  requestFilterFocus() {
    set({ focusFilter: true });
  },
  filterFocused() {
    set({ focusFilter: false });
  },
}));
