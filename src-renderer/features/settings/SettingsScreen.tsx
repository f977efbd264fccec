import { useEffect } from 'react';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { PublishingSection } from '../publish/PublishingSection';
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
      {/* Its own section, outside the form: each target is added, changed and removed at once, with no Save. */}
      {settings && loadState === 'ready' && <PublishingSection />}
    </div>
  );
}
