import { create } from 'zustand';
import type { ActorDetail, ActorSummary } from '@common/model';
import { ApiError, messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { latestRequest } from '../../shared/loading/latest-request';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

interface ActorsState {
  actors: ActorSummary[] | null;
  listState: LoadState;
  listError: string | null;
  actor: ActorDetail | null;
  actorState: LoadState;
  actorError: string | null;
  /** The core's not-found: nobody by this name in any cast. */
  actorMissing: boolean;
  loadList(): Promise<void>;
  loadActor(name: string): Promise<void>;
}

const latestActor = latestRequest();

/** Caches of the core's actor list and of one actor's dramas. */
export const useActorsStore = create<ActorsState>()((set) => ({
  actors: null,
  listState: 'idle',
  listError: null,
  actor: null,
  actorState: 'idle',
  actorError: null,
  actorMissing: false,
  async loadList() {
    set({ listState: 'loading', listError: null });
    try {
      set({ actors: await api('actors.list', undefined), listState: 'ready' });
    } catch (error) {
      set({ listState: 'error', listError: messageOf(error) });
    }
  },
  async loadActor(name) {
    set({ actorState: 'loading', actorError: null, actorMissing: false });
    await latestActor.run(() => api('actors.get', { name }), {
      answer: (actor) => set({ actor, actorState: 'ready' }),
      failed: (error) =>
        set({ actor: null, actorState: 'error', actorError: messageOf(error), actorMissing: error instanceof ApiError && error.code === 'not-found' }),
    });
  },
}));
