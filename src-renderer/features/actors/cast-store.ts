import { create } from 'zustand';
import type { CastAddInput, CastMember, CastSuggestion } from '@common/model';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { latestRequest } from '../../shared/loading/latest-request';

interface CastState {
  dramaId: number | null;
  members: CastMember[] | null;
  /** What the review names that the cast does not have yet; null until asked. */
  suggestions: CastSuggestion[] | null;
  loadError: string | null;
  /** The last failed change's message, for the section to show. */
  actionError: string | null;
  busy: boolean;
  load(dramaId: number): Promise<void>;
  add(input: Omit<CastAddInput, 'dramaId'>): Promise<boolean>;
  /** Takes a member out of the cast; answers the token that brings them back (Undo), or null when refused. */
  remove(id: number): Promise<{ undoToken: string } | null>;
  suggest(): Promise<void>;
  addSuggested(chosen: readonly CastSuggestion[]): Promise<void>;
  closeSuggestions(): void;
}

const latestLoad = latestRequest();

/** A cache of one drama's cast as the core orders it; after each change the core's list is fetched again. */
export const useCastStore = create<CastState>()((set, get) => {
  async function act(work: (dramaId: number) => Promise<void>): Promise<boolean> {
    const { dramaId } = get();
    if (dramaId === null) return false;
    set({ busy: true, actionError: null });
    try {
      await work(dramaId);
      if (get().dramaId === dramaId) set({ members: await api('cast.list', { dramaId }) });
      return true;
    } catch (error) {
      set({ actionError: messageOf(error) });
      return false;
    } finally {
      set({ busy: false });
    }
  }

  return {
    dramaId: null,
    members: null,
    suggestions: null,
    loadError: null,
    actionError: null,
    busy: false,
    async load(dramaId) {
      if (get().dramaId !== dramaId) set({ dramaId, members: null, suggestions: null, actionError: null });
      set({ loadError: null });
      await latestLoad.run(() => api('cast.list', { dramaId }), {
        answer: (members) => set({ members }),
        failed: (error) => set({ loadError: messageOf(error) }),
      });
    },
    add: (input) => act(async (dramaId) => void (await api('cast.add', { dramaId, ...input }))),
    async remove(id) {
      let token: { undoToken: string } | null = null;
      await act(async () => {
        token = await api('cast.delete', { id });
      });
      return token;
    },
    async suggest() {
      await act(async (dramaId) => set({ suggestions: await api('cast.suggest', { dramaId }) }));
    },
    async addSuggested(chosen) {
      const done = await act(async (dramaId) => {
        if (chosen.length) await api('cast.addMany', { dramaId, members: chosen.map(({ actor, character, role }) => ({ actor, character, role })) });
      });
      if (done) set({ suggestions: null });
    },
    closeSuggestions: () => set({ suggestions: null }),
  };
});
