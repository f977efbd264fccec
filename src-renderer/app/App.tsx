import { useEffect } from 'react';
import { DramaScreen } from '../features/drama/DramaScreen';
import { DramaFormScreen } from '../features/drama-form/DramaFormScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ReviewEditorScreen } from '../features/editor/ReviewEditorScreen';
import { useEditorLifecycle } from '../features/editor/use-editor-lifecycle';
import { FirstRunScreen } from '../features/first-run/FirstRunScreen';
import { useSettingsStore } from '../features/settings/settings-store';
import { Announcements } from '../shared/ui/Announcements';
import { ActorScreen } from '../features/actors/ActorScreen';
import { ActorsScreen } from '../features/actors/ActorsScreen';
import { ExportDialog } from '../features/export/ExportDialog';
import { PublishDialog } from '../features/publish/PublishDialog';
import { ImportDialog } from '../features/import/ImportDialog';
import { SearchScreen } from '../features/search/SearchScreen';
import { StatsScreen } from '../features/stats/StatsScreen';
import { DataScreen } from '../features/transfer/DataScreen';
import { inBrowser } from '../api/client';
import { FolderPrompt } from '../features/browser/FolderPrompt';
import { DiaryScreen } from '../features/diary/DiaryScreen';
import { ListScreen } from '../features/lists/ListScreen';
import { ListsScreen } from '../features/lists/ListsScreen';
import { AppHeader } from './AppHeader';
import { DiscardChangesDialog } from './DiscardChangesDialog';
import { UndoNotice } from './UndoNotice';
import { followJournalChanges } from './journal-sync';
import { followAddressChanges, useRouterStore } from './router-store';
import { hrefOf, type Route } from './routes';
import { useAppCommands } from './use-app-commands';
import { useTheme } from './use-theme';
import './app.css';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'library':
      return <LibraryScreen />;
    case 'new':
      return <DramaFormScreen />;
    case 'drama':
      return <DramaScreen id={route.id} />;
    case 'edit':
      return <DramaFormScreen id={route.id} />;
    case 'review':
      return <ReviewEditorScreen id={route.id} />;
    case 'settings':
      return <SettingsScreen />;
    case 'search':
      return <SearchScreen />;
    case 'actors':
      return <ActorsScreen />;
    case 'actor':
      return <ActorScreen name={route.actor} />;
    case 'stats':
      return <StatsScreen />;
    case 'data':
      return <DataScreen />;
    case 'diary':
      return <DiaryScreen />;
    case 'lists':
      return <ListsScreen />;
    case 'list':
      return <ListScreen id={route.id} />;
  }
}

export function App() {
  const route = useRouterStore((s) => s.route);
  useEffect(followAddressChanges, []);
  useEffect(followJournalChanges, []);
  useAppCommands();
  useTheme();
  useEditorLifecycle();
  const onboarded = useSettingsStore((s) => s.settings?.onboarded ?? null);

  // A journal nobody has set up yet starts with the first-run questions.
  if (onboarded === false) {
    return (
      <div className="app">
        <main id="main" className="app-main app-main--narrow" tabIndex={-1}>
          <FirstRunScreen />
        </main>
        <Announcements />
      </div>
    );
  }

  return (
    <div className="app">
      {/* Not a plain #main link: the address after # is the app's route. */}
      <a
        className="skip-link"
        href={hrefOf(route)}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <AppHeader route={route} />
      <main id="main" className={`app-main${route.name === 'review' ? ' app-main--wide' : ''}`} tabIndex={-1}>
        <Screen route={route} />
      </main>
      <ImportDialog />
      <ExportDialog />
      <PublishDialog />
      {inBrowser() && <FolderPrompt />}
      <DiscardChangesDialog />
      <UndoNotice />
      <Announcements />
    </div>
  );
}
