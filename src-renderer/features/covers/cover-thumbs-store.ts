import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { CoverPicture } from '@common/types/covers';
import { MAX_THUMBS } from '@common/validation/cover-schemas';
import { api } from '../../api/client';

interface CoverThumbsState {
  /** Thumbnails known so far, by drama id: a picture, or null for a drama without a cover. */
  thumbs: Map<number, CoverPicture | null>;
  /** Asks the core for the thumbnails of these dramas in one call (with `known`, also those it answered before). */
  request(dramaIds: readonly number[], options?: { known?: boolean }): Promise<void>;
  /** Forgets a drama's thumbnail after its cover changed, so the next look asks again. */
  forget(dramaId: number): void;
}

const asking = new Set<number>();

/**
 * A cache of cover thumbnails for cards and result rows. Screens ask only for
 * the dramas they draw (the library grid, a few dozen at a time), so a journal
 * of 10,000 dramas never loads 10,000 pictures.
 */
export const useCoverThumbsStore = create<CoverThumbsState>((set, get) => ({
  thumbs: new Map(),
  async request(dramaIds, options = {}) {
    const known = get().thumbs;
    const wanted = [...new Set(dramaIds)].filter((id) => (options.known || !known.has(id)) && !asking.has(id)).slice(0, MAX_THUMBS);
    if (!wanted.length) return;
    for (const id of wanted) asking.add(id);
    try {
      const pictures = await api('covers.thumbs', { dramaIds: wanted });
      const byId = new Map(pictures.map((picture) => [picture.dramaId, picture]));
      set((state) => {
        const thumbs = new Map(state.thumbs);
        for (const id of wanted) thumbs.set(id, byId.get(id) ?? null);
        return { thumbs };
      });
    } catch {
      // No thumbnail is not worth an error on a list: the cards show their placeholder and ask again next time.
    } finally {
      for (const id of wanted) asking.delete(id);
    }
  },
  forget(dramaId) {
    set((state) => {
      const thumbs = new Map(state.thumbs);
      thumbs.delete(dramaId);
      return { thumbs };
    });
  },
}));

/**
 * Loads the thumbnails of `dramaIds` (those on screen) and answers the cache.
 * Each screen asks once more for what it shows, keeping the cached picture up
 * meanwhile: a cover changed elsewhere (or a deleted drama's id used again)
 * never stays stale for longer than a visit.
 */
export function useCoverThumbs(dramaIds: readonly number[]): Map<number, CoverPicture | null> {
  const { thumbs, request } = useCoverThumbsStore();
  const askedThisVisit = useRef(new Set<number>());
  const key = dramaIds.join(',');
  useEffect(() => {
    const ids = key ? key.split(',').map(Number) : [];
    const fresh = ids.filter((id) => !askedThisVisit.current.has(id));
    for (const id of fresh) askedThisVisit.current.add(id);
    if (fresh.length) void request(fresh, { known: true });
    void request(ids);
  }, [key, request, thumbs]);
  return thumbs;
}
