import { create } from 'zustand';
import type { Drama, NoteAddInput, WatchUpdateInput } from '@common/model';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { latestRequest } from '../../shared/loading/latest-request';

interface UndoToken {
  undoToken: string;
}

interface DramaState {
  drama: Drama | null;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** The last failed action's message (e.g. +1 episode when every episode is watched). */
  actionError: string | null;
  busy: boolean;
  load(id: number): Promise<void>;
  nextEpisode(): Promise<void>;
  /** Changes the watch record; throws the core's error for the form to show. */
  updateWatch(change: Omit<WatchUpdateInput, 'id'>): Promise<void>;
  addNote(input: Omit<NoteAddInput, 'dramaId'>): Promise<void>;
  updateNote(id: number, text: string): Promise<void>;
  /** Deletes the note; answers the token that brings it back (Undo). */
  deleteNote(id: number): Promise<UndoToken>;
  /** Deletes the drama on view; answers the token that brings it back with all it held (Undo). */
  deleteDrama(): Promise<UndoToken>;
  clearActionError(): void;
}

const latestLoad = latestRequest();

/**
 * A cache of one drama as the core returns it. After a note changes, the drama is
 * fetched again so the notes stay in the core's order.
 * Note actions throw the core's error so the caller can keep the user's text and show it.
 */
export const useDramaStore = create<DramaState>()((set, get) => {
  function current(): Drama {
    const drama = get().drama;
    if (!drama) throw new Error('no drama is open');
    return drama;
  }

  async function refetch(id: number) {
    const drama = await api('dramas.get', { id });
    if (get().drama?.id === id) set({ drama });
  }

  async function act(work: () => Promise<void>, rethrow: boolean) {
    set({ busy: true, actionError: null });
    try {
      await work();
    } catch (error) {
      if (rethrow) throw error;
      set({ actionError: messageOf(error) });
    } finally {
      set({ busy: false });
    }
  }

  return {
    drama: null,
    loadState: 'idle',
    loadError: null,
    actionError: null,
    busy: false,
    async load(id) {
      const cached = get().drama?.id === id ? get().drama : null;
      set({ drama: cached, loadState: 'loading', loadError: null, actionError: null });
      await latestLoad.run(() => api('dramas.get', { id }), {
        answer: (drama) => set({ drama, loadState: 'ready' }),
        failed: (error) => set({ drama: null, loadState: 'error', loadError: messageOf(error) }),
      });
    },
    nextEpisode: () =>
      act(async () => {
        set({ drama: await api('watch.nextEpisode', { id: current().id }) });
      }, false),
    updateWatch: (change) =>
      act(async () => {
        set({ drama: await api('watch.update', { id: current().id, ...change }) });
      }, true),
    addNote: (input) =>
      act(async () => {
        const { id } = current();
        await api('notes.add', { dramaId: id, ...input });
        await refetch(id);
      }, true),
    updateNote: (noteId, text) =>
      act(async () => {
        const { id } = current();
        await api('notes.update', { id: noteId, text });
        await refetch(id);
      }, true),
    async deleteNote(noteId) {
      let token: UndoToken | undefined;
      await act(async () => {
        const { id } = current();
        token = await api('notes.delete', { id: noteId });
        await refetch(id);
      }, true);
      return token!;
    },
    async deleteDrama() {
      let token: UndoToken | undefined;
      await act(async () => {
        token = await api('dramas.delete', { id: current().id });
        set({ drama: null, loadState: 'idle' });
      }, true);
      return token!;
    },
    clearActionError: () => set({ actionError: null }),
  };
});
