import { create } from 'zustand';
import { api } from '../../api/client';

/** A transparent pixel, shown while a picture loads (an empty src would be a broken image). */
export const LOADING_PICTURE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

interface PictureUrlState {
  /** File name → data: URL, or null while loading or when the file is missing. */
  urls: Record<string, string | null>;
  missing: Record<string, string>;
  request(file: string): void;
}

/**
 * Pictures kept in the journal, as the preview shows them. A kept file never
 * changes (its name is its content's hash), so each is fetched once per session.
 */
export const usePictureUrlsStore = create<PictureUrlState>()((set, get) => ({
  urls: {},
  missing: {},
  request(file) {
    if (file in get().urls) return;
    set((s) => ({ urls: { ...s.urls, [file]: null } }));
    api('pictures.read', { file }).then(
      ({ dataUrl }) => set((s) => ({ urls: { ...s.urls, [file]: dataUrl } })),
      (error: unknown) => set((s) => ({ missing: { ...s.missing, [file]: (error as Error).message } })),
    );
  },
}));
