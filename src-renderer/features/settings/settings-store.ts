import { create } from 'zustand';
import type { Settings, SettingsUpdate } from '@common/model';
import { messageOf } from '../../api/api-error';
import { api } from '../../api/client';

interface SettingsState {
  settings: Settings | null;
  loadState: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  saving: boolean;
  load(): Promise<void>;
  /** Saves and caches the core's answer; throws the core's ApiError for the form to place. */
  save(change: SettingsUpdate): Promise<Settings>;
}

export const useSettingsStore = create<SettingsState>()((set) => ({
  settings: null,
  loadState: 'idle',
  loadError: null,
  saving: false,
  async load() {
    set({ loadState: 'loading', loadError: null });
    try {
      set({ settings: await api('settings.get', undefined), loadState: 'ready' });
    } catch (error) {
      set({ loadState: 'error', loadError: messageOf(error) });
    }
  },
  async save(change) {
    set({ saving: true });
    try {
      const settings = await api('settings.update', change);
      set({ settings, loadState: 'ready' });
      return settings;
    } finally {
      set({ saving: false });
    }
  },
}));
