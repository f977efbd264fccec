import { useEffect } from 'react';
import { useSettingsStore } from '../features/settings/settings-store';

/** Applies the theme from settings; "system" leaves it to prefers-color-scheme. */
export function useTheme(): void {
  const theme = useSettingsStore((s) => s.settings?.theme ?? 'system');
  const load = useSettingsStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
