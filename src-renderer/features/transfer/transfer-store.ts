import { create } from 'zustand';
import type { JournalDumpSummary } from '@core/interactive/dump-to-chosen-file';
import type { ChosenText } from '@core/interactive/read-text-file';
import type { TrackerImportPreview, TrackerImportReport, TrackerKind } from '@common/model';
import { isCancelled, messageOf } from '../../api/api-error';
import { api } from '../../api/client';
import { useLibraryStore } from '../library/library-store';
import { useSettingsStore } from '../settings/settings-store';


interface DumpState {
  dumping: boolean;
  dumped: JournalDumpSummary | null;
  dumpError: string | null;
  /** File > Export Journal…: main asks where, then writes the JSON. */
  dumpJournal(): Promise<void>;
}

interface LoadState {
  loading: boolean;
  loaded: { dramas: number } | null;
  /** The core's refusal: an occupied journal, or the dump's first bad record. */
  loadError: string | null;
  /** Load a journal dump…: main asks for the file, then restores it into this (empty) journal. */
  loadDump(): Promise<void>;
}

interface TrackerState {
  file: ChosenText | null;
  kind: TrackerKind | 'auto';
  preview: TrackerImportPreview | null;
  /** The core's refusal of the whole file, naming the line. */
  previewError: string | null;
  importing: boolean;
  report: TrackerImportReport | null;
  importError: string | null;
  chooseCsv(): Promise<void>;
  setKind(kind: TrackerKind | 'auto'): Promise<void>;
  importRows(): Promise<void>;
  clearTracker(): void;
}

const NO_TRACKER = { file: null, preview: null, previewError: null, importing: false, report: null, importError: null };

/** The Data screen's state: the journal dump and its load, the tracker import, each a thin cache of the core's answers. */
export const useTransferStore = create<DumpState & LoadState & TrackerState>()((set, get) => {
  async function preview() {
    const { file, kind } = get();
    if (!file) return;
    set({ preview: null, previewError: null, report: null, importError: null });
    try {
      set({ preview: await api('transfer.previewCsv', { text: file.text, kind }) });
    } catch (error) {
      set({ previewError: messageOf(error) });
    }
  }

  return {
    dumping: false,
    dumped: null,
    dumpError: null,
    async dumpJournal() {
      if (get().dumping) return;
      set({ dumping: true, dumpError: null, dumped: null });
      try {
        set({ dumped: await api('journal.dump', undefined) });
      } catch (error) {
        if (!isCancelled(error)) set({ dumpError: messageOf(error) });
      } finally {
        set({ dumping: false });
      }
    },

    loading: false,
    loaded: null,
    loadError: null,
    async loadDump() {
      if (get().loading) return;
      set({ loading: true, loadError: null, loaded: null });
      try {
        set({ loaded: await api('journal.load', undefined) });
        // The dump brought dramas and replaced the settings: what is held of either is fetched again.
        void useSettingsStore.getState().load();
        if (useLibraryStore.getState().dramas !== null) void useLibraryStore.getState().load();
      } catch (error) {
        if (!isCancelled(error)) set({ loadError: messageOf(error) });
      } finally {
        set({ loading: false });
      }
    },

    ...NO_TRACKER,
    kind: 'auto',
    async chooseCsv() {
      try {
        const file = await api('transfer.chooseCsv', undefined);
        set({ ...NO_TRACKER, file });
        await preview();
      } catch (error) {
        if (!isCancelled(error)) set({ ...NO_TRACKER, previewError: messageOf(error) });
      }
    },
    async setKind(kind) {
      set({ kind });
      await preview();
    },
    async importRows() {
      const { file, kind, preview: shown } = get();
      if (!file || !shown || get().importing) return;
      set({ importing: true, importError: null });
      try {
        set({ report: await api('transfer.importCsv', { text: file.text, kind }), preview: null });
      } catch (error) {
        set({ importError: messageOf(error) });
      } finally {
        set({ importing: false });
      }
    },
    clearTracker() {
      set({ ...NO_TRACKER });
    },
  };
});
