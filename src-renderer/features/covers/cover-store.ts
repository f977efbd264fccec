import { create } from 'zustand';
import type { CoverPicture } from '@common/types/covers';
import { MAX_PICTURE_BYTES } from '@common/picture-file';
import { ApiError, isCancelled, messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { latestRequest } from '../../shared/loading/latest-request';
import { useCoverThumbsStore } from './cover-thumbs-store';

interface CoverState {
  dramaId: number | null;
  /** The drama's cover at web size; null when it has none (or it is still loading). */
  picture: CoverPicture | null;
  loaded: boolean;
  busy: boolean;
  error: string | null;
  load(dramaId: number): Promise<void>;
  /** Asks the user for a file (the shell's dialog) and makes it the cover. */
  choose(): Promise<void>;
  /** Makes a pasted or dropped file the cover. */
  takeFile(file: File): Promise<void>;
  remove(): Promise<void>;
}

const latestLoad = latestRequest();

/** Reads a File as base64 for the covers.paste channel. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** The cover of the drama on screen, and what changes it. */
export const useCoverStore = create<CoverState>()((set, get) => {
  /** Runs a change to the cover, keeping the old picture on screen when it is refused. */
  async function change(work: (dramaId: number) => Promise<CoverPicture | null>) {
    const { dramaId } = get();
    if (dramaId === null || get().busy) return;
    set({ busy: true, error: null });
    try {
      const picture = await work(dramaId);
      if (get().dramaId === dramaId) {
        set({ picture });
        useCoverThumbsStore.getState().forget(dramaId);
      }
    } catch (error) {
      // A dismissed file dialog is not a failure: the cover stays as it was, with nothing to say.
      if (!isCancelled(error)) set({ error: messageOf(error) });
    } finally {
      set({ busy: false });
    }
  }

  return {
    dramaId: null,
    picture: null,
    loaded: false,
    busy: false,
    error: null,
    async load(dramaId) {
      if (get().dramaId !== dramaId) set({ dramaId, picture: null, loaded: false, error: null });
      await latestLoad.run(() => api('covers.get', { dramaId }), {
        answer: (picture) => set({ picture, loaded: true }),
        failed: (error) => set({ error: messageOf(error), loaded: true }),
      });
    },
    choose: () => change((dramaId) => api('covers.choose', { dramaId })),
    takeFile: (file) =>
      change(async (dramaId) => {
        // Some systems give no type for less common pictures (AVIF): the core reads the bytes and decides.
        if (file.type && !file.type.startsWith('image/')) throw new ApiError({ code: 'invalid-input', message: `${file.name || 'That'} is not a picture: use a PNG, JPEG, GIF, WebP or AVIF file` });
        if (file.size > MAX_PICTURE_BYTES) {
          throw new ApiError({
            code: 'invalid-input',
            message: `${file.name || 'The picture'} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a cover can be at most ${MAX_PICTURE_BYTES / 1024 / 1024} MB`,
          });
        }
        return api('covers.paste', { dramaId, data: await base64Of(file) });
      }),
    remove: () => change(async (dramaId) => (await api('covers.remove', { dramaId }), null)),
  };
});
