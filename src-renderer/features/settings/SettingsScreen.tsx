import { useEffect } from 'react';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { SettingsForm } from './SettingsForm';
import { useSettingsStore } from './settings-store';
import './settings.css';

export function SettingsScreen() {
  const { settings, loadState, loadError, saving, load, save } = useSettingsStore();
  useDocumentTitle('Settings');

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="screen settings-screen">
      <header className="screen__header">
        <ScreenHeading>Settings</ScreenHeading>
      </header>
      {loadState === 'error' && loadError && <ErrorNotice message={loadError} onRetry={() => void load()} />}
      {(loadState === 'loading' || loadState === 'idle') && <Loading>Loading settings…</Loading>}
      {/* The form starts from what the core returned when the screen opened. */}
      {settings && loadState === 'ready' && <SettingsForm settings={settings} saving={saving} onSave={save} />}
    </div>
  );
}
