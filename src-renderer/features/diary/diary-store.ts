import { create } from 'zustand';
import type { DiaryListing, DramaHistory, EpisodeChangeInput, LogWatchInput } from '@common/model';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { latestRequest } from '../../shared/loading/latest-request';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

interface DiaryState {
  /** Every watch, newest first, as the core lists them; the Diary screen shows them by month. */
  entries: DiaryListing[] | null;
  entriesState: LoadState;
  entriesError: string | null;
  /** The year the Diary screen shows, or null for every year. */
  year: number | null;
  /** The open drama's watches and episode log. */
  history: (DramaHistory & { dramaId: number }) | null;
  historyError: string | null;
  busy: boolean;
  load(): Promise<void>;
  setYear(year: number | null): void;
  loadHistory(dramaId: number): Promise<void>;
  /** The writes below throw the core's error, for the form to show beside what the user chose. */
  logWatch(input: LogWatchInput): Promise<void>;
  changeEpisode(input: EpisodeChangeInput): Promise<void>;
}

const latestEntries = latestRequest();
const latestHistory = latestRequest();

/** The watch diary as the core answers it: the whole diary for the Diary screen, one drama's history for its screen. */
export const useDiaryStore = create<DiaryState>()((set, get) => {
  async function write(work: () => Promise<void>): Promise<void> {
    set({ busy: true });
    try {
      await work();
    } finally {
      set({ busy: false });
    }
  }

  const keep = (dramaId: number, history: DramaHistory) => {
    // An answer about a drama no longer open is dropped.
    if (get().history?.dramaId === dramaId || get().history === null) set({ history: { dramaId, ...history }, historyError: null });
  };

  return {
    entries: null,
    entriesState: 'idle',
    entriesError: null,
    year: null,
    history: null,
    historyError: null,
    busy: false,
    async load() {
      set({ entriesState: 'loading', entriesError: null });
      await latestEntries.run(() => api('diary.list', {}), {
        answer: (entries) => set({ entries, entriesState: 'ready' }),
        failed: (error) => set({ entriesState: 'error', entriesError: messageOf(error) }),
      });
    },
    setYear: (year) => set({ year }),
    async loadHistory(dramaId) {
      if (get().history?.dramaId !== dramaId) set({ history: null, historyError: null });
      await latestHistory.run(() => api('diary.history', { dramaId }), {
        answer: (history) => set({ history: { dramaId, ...history }, historyError: null }),
        failed: (error) => set({ historyError: messageOf(error) }),
      });
    },
    logWatch: (input) =>
      write(async () => {
        await api('diary.logWatch', input);
        latestHistory.invalidate();
        keep(input.dramaId, await api('diary.history', { dramaId: input.dramaId }));
      }),
    changeEpisode: (input) =>
      write(async () => {
        latestHistory.invalidate();
        keep(input.dramaId, await api('diary.changeEpisode', input));
      }),
  };
});
