import { create } from 'zustand';
import type { Drama, DramaCreateInput, DramaUpdateInput } from '@common/model';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { latestRequest } from '../../shared/loading/latest-request';

interface Suggestions {
  platforms: string[];
  genres: string[];
}

interface DramaFormState {
  /** The drama being edited, as the core last returned it. */
  editing: Drama | null;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  suggestions: Suggestions;
  saving: boolean;
  startNew(): void;
  loadForEdit(id: number): Promise<void>;
  loadSuggestions(): Promise<void>;
  /** Saves and returns the core's drama; throws the core's ApiError for the form to place. */
  create(input: DramaCreateInput): Promise<Drama>;
  update(input: DramaUpdateInput): Promise<Drama>;
}

const latestLoad = latestRequest();

export const useDramaFormStore = create<DramaFormState>()((set) => {
  async function saving<T>(work: () => Promise<T>): Promise<T> {
    set({ saving: true });
    try {
      return await work();
    } finally {
      set({ saving: false });
    }
  }

  return {
    editing: null,
    loadState: 'idle',
    loadError: null,
    suggestions: { platforms: [], genres: [] },
    saving: false,
    startNew() {
      latestLoad.invalidate();
      set({ editing: null, loadState: 'ready', loadError: null });
    },
    async loadForEdit(id) {
      set({ editing: null, loadState: 'loading', loadError: null });
      await latestLoad.run(() => api('dramas.get', { id }), {
        answer: (drama) => set({ editing: drama, loadState: 'ready' }),
        failed: (error) => set({ loadState: 'error', loadError: messageOf(error) }),
      });
    },
    async loadSuggestions() {
      try {
        set({ suggestions: await api('dramas.suggestions', undefined) });
      } catch {
        // Suggestions only help typing; the form works without them.
      }
    },
    create: (input) => saving(() => api('dramas.create', input)),
    update: (input) =>
      saving(async () => {
        const drama = await api('dramas.update', input);
        set({ editing: drama });
        return drama;
      }),
  };
});
