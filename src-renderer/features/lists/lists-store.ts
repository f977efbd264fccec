import { create } from 'zustand';
import type { DramaList, ListCreateInput, ListSummary, ListUpdateInput } from '@common/types/lists';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { latestRequest } from '../../shared/loading/latest-request';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

interface ListsState {
  lists: ListSummary[] | null;
  listsState: LoadState;
  listsError: string | null;
  /** The open list, with its dramas in the user's order. */
  list: DramaList | null;
  listState: LoadState;
  listError: string | null;
  busy: boolean;
  loadLists(): Promise<void>;
  loadList(id: number): Promise<void>;
  /** The writes below throw the core's error for the caller to show beside what the user typed. */
  create(input: ListCreateInput): Promise<DramaList>;
  update(input: ListUpdateInput): Promise<void>;
  remove(id: number): Promise<void>;
  addDrama(listId: number, dramaId: number): Promise<DramaList>;
  removeItem(itemId: number): Promise<void>;
  move(itemId: number, position: number): Promise<void>;
  setNote(itemId: number, note: string): Promise<void>;
}

const latestList = latestRequest();

/** The user's lists as the core answers them; every change answers the changed list, which replaces the cached one. */
export const useListsStore = create<ListsState>()((set, get) => {
  async function write<T>(work: () => Promise<T>): Promise<T> {
    set({ busy: true });
    try {
      return await work();
    } finally {
      set({ busy: false });
    }
  }

  /** Keeps the open list and the summaries in step with a list the core just answered. */
  function changed(list: DramaList): DramaList {
    const { items: _items, ...summary } = list;
    set((state) => ({
      list: state.list?.id === list.id ? list : state.list,
      lists: state.lists && [...state.lists.filter((l) => l.id !== list.id), summary].sort(byName),
    }));
    return list;
  }

  return {
    lists: null,
    listsState: 'idle',
    listsError: null,
    list: null,
    listState: 'idle',
    listError: null,
    busy: false,
    async loadLists() {
      set({ listsState: 'loading', listsError: null });
      try {
        set({ lists: await api('lists.list', undefined), listsState: 'ready' });
      } catch (error) {
        set({ listsState: 'error', listsError: messageOf(error) });
      }
    },
    async loadList(id) {
      set({ listState: 'loading', listError: null });
      await latestList.run(() => api('lists.get', { id }), {
        answer: (list) => set({ list, listState: 'ready' }),
        failed: (error) => set({ list: null, listState: 'error', listError: messageOf(error) }),
      });
    },
    create: (input) => write(async () => changed(await api('lists.create', input))),
    update: (input) => write(async () => void changed(await api('lists.update', input))),
    remove: (id) =>
      write(async () => {
        await api('lists.delete', { id });
        set((state) => ({ lists: state.lists?.filter((l) => l.id !== id) ?? null, list: state.list?.id === id ? null : state.list }));
      }),
    addDrama: (listId, dramaId) => write(async () => changed(await api('lists.add', { listId, dramaId }))),
    removeItem: (itemId) => write(async () => void changed(await api('lists.remove', { id: itemId }))),
    move: (itemId, position) => {
      // Shown at once, so a drag or a key press feels immediate; the core's answer then replaces it.
      const list = get().list;
      if (list) set({ list: { ...list, items: moved(list.items, itemId, position) } });
      return write(async () => void changed(await api('lists.move', { itemId, position }))).catch(async (error) => {
        if (list) await get().loadList(list.id);
        throw error;
      });
    },
    setNote: (itemId, note) => write(async () => void changed(await api('lists.note', { itemId, note }))),
  };
});

function byName(a: ListSummary, b: ListSummary): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id - b.id;
}

/** The items with one moved to `position` (1 = first), numbered again. */
export function moved<T extends { id: number; position: number }>(items: readonly T[], itemId: number, position: number): T[] {
  const order = items.filter((item) => item.id !== itemId);
  const item = items.find((i) => i.id === itemId);
  if (!item) return [...items];
  order.splice(position - 1, 0, item);
  return order.map((i, index) => ({ ...i, position: index + 1 }));
}
