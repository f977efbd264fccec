import { useEffect } from 'react';
import type { Theme } from '@common/model';
import { useSettingsStore } from '../features/settings/settings-store';

/** Shows the window in a theme; "system" leaves it to prefers-color-scheme. */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Applies the theme from settings. */
export function useTheme(): void {
  const theme = useSettingsStore((s) => s.settings?.theme ?? 'system');
  const load = useSettingsStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => applyTheme(theme), [theme]);
}
