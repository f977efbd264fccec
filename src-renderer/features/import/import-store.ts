import { create } from 'zustand';
import type { ImportPreview, ImportResult } from '@core/house-format/import';
import type { CastSuggestion } from '@common/model';
import { isCancelled, messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { latestRequest } from '../../shared/loading/latest-request';
import { navigate } from '../../app/router-store';
import { announce } from '../../shared/ui/announcer-store';

/** One review to import: a chosen file, or what the user pasted (no name). */
export interface ImportSource {
  name: string | null;
  text: string;
}

export type ImportStep =
  /** The text and its preview; Import saves it. */
  | 'review'
  | 'saving'
  /** Saved: the cast the review names, offered to confirm. */
  | 'cast'
  | 'adding-cast';

interface ImportState {
  open: boolean;
  /** Files chosen together are imported one after another; a paste is a single source. */
  sources: ImportSource[];
  index: number;
  text: string;
  /** The core's reading of `previewedText`, or null. */
  preview: ImportPreview | null;
  previewedText: string;
  /** The core's refusal, naming the line: `line 7: expected "Genre, Genre, Grade: X"`. */
  previewError: string | null;
  step: ImportStep;
  error: string | null;
  saved: ImportResult | null;
  suggestions: CastSuggestion[];
  /** The drama to open when the dialog is done. */
  lastDramaId: number | null;
  openPaste(): void;
  chooseFiles(): Promise<void>;
  setText(text: string): void;
  save(): Promise<void>;
  addCast(chosen: readonly CastSuggestion[]): Promise<void>;
  /** Leaves the current file (or the cast step) and goes on to the next file, or finishes. */
  next(): void;
  close(): void;
}

const PREVIEW_DELAY_MS = 120;
let previewTimer: ReturnType<typeof setTimeout> | undefined;
const latestPreview = latestRequest();

const EMPTY = {
  sources: [] as ImportSource[],
  index: 0,
  text: '',
  preview: null,
  previewedText: '',
  previewError: null,
  step: 'review' as ImportStep,
  error: null,
  saved: null,
  suggestions: [] as CastSuggestion[],
};

/**
 * The import dialog: the text, the core's preview of it (nothing is saved until
 * Import), then the cast the review names. Parsing and saving are the core's;
 * this keeps what the dialog shows.
 */
export const useImportStore = create<ImportState>()((set, get) => {
  async function runPreview(text: string) {
    if (!text.trim()) {
      latestPreview.invalidate();
      set({ preview: null, previewedText: text, previewError: null });
      return;
    }
    await latestPreview.run(() => api('import.preview', { text }), {
      answer: (preview) => set({ preview, previewedText: text, previewError: null }),
      failed: (error) => set({ preview: null, previewedText: text, previewError: messageOf(error) }),
    });
  }

  function show(index: number) {
    const source = get().sources[index];
    clearTimeout(previewTimer);
    set({ ...EMPTY, sources: get().sources, index, text: source?.text ?? '' });
    void runPreview(source?.text ?? '');
  }

  function finish() {
    const { lastDramaId, saved } = get();
    set({ open: false, ...EMPTY, lastDramaId: null });
    if (lastDramaId !== null) {
      navigate({ name: 'drama', id: lastDramaId });
      if (saved) announce(`Imported ${saved.title}.`);
    }
  }

  return {
    open: false,
    ...EMPTY,
    lastDramaId: null,
    openPaste() {
      if (get().open) return;
      set({ open: true, ...EMPTY, sources: [{ name: null, text: '' }], lastDramaId: null });
    },
    async chooseFiles() {
      if (!get().open) set({ open: true, ...EMPTY, sources: [{ name: null, text: '' }], lastDramaId: null });
      try {
        const { files } = await api('import.chooseFiles', undefined);
        set({ sources: files });
        show(0);
      } catch (error) {
        // A dismissed file dialog leaves the dialog as it was, ready for a paste.
        if (!isCancelled(error)) set({ error: messageOf(error) });
      }
    },
    setText(text) {
      set({ text, error: null });
      clearTimeout(previewTimer);
      previewTimer = setTimeout(() => void runPreview(text), PREVIEW_DELAY_MS);
    },
    async save() {
      const { text, preview } = get();
      if (!preview) return;
      set({ step: 'saving', error: null });
      try {
        const saved = await api('import.save', { text, replace: preview.existingDramaId !== null });
        set({ saved, lastDramaId: saved.dramaId });
        const suggestions = await api('cast.suggest', { dramaId: saved.dramaId }).catch(() => []);
        if (suggestions.length) set({ step: 'cast', suggestions });
        else get().next();
      } catch (error) {
        set({ step: 'review', error: messageOf(error) });
      }
    },
    async addCast(chosen) {
      const { saved } = get();
      if (!saved) return;
      set({ step: 'adding-cast', error: null });
      try {
        if (chosen.length) {
          await api('cast.addMany', { dramaId: saved.dramaId, members: chosen.map(({ actor, character, role }) => ({ actor, character, role })) });
        }
        get().next();
      } catch (error) {
        set({ step: 'cast', error: messageOf(error) });
      }
    },
    next() {
      const { index, sources } = get();
      if (index + 1 < sources.length) show(index + 1);
      else finish();
    },
    close() {
      const { step, lastDramaId } = get();
      if (step === 'saving' || step === 'adding-cast') return;
      clearTimeout(previewTimer);
      // Reviews already saved from this dialog stay saved; open the last one.
      if (lastDramaId !== null) finish();
      else set({ open: false, ...EMPTY });
    },
  };
});
