import { useEffect } from 'react';
import { hrefOf } from '../../app/routes';
import { ErrorNotice, Loading } from '../../shared/ui/Notices';
import { ScreenHeading, useDocumentTitle } from '../../shared/ui/ScreenHeading';
import { announce } from '../../shared/ui/announcer-store';
import { ContinueWatching } from './ContinueWatching';
import { DraftList } from './DraftList';
import { RecentlyFinished } from './RecentlyFinished';
import { homeSections } from './home-sections';
import { useHomeStore } from './home-store';
import './home.css';

/**
 * Where the app opens: what you are in the middle of. The dramas being watched,
 * each a click from the next episode; the reviews still in draft, a click from
 * the editor; and what you finished lately.
 */
export function HomeScreen() {
  const { dramas, loadState, loadError, load, nextEpisode, stepping, stepError } = useHomeStore();
  useDocumentTitle('Home');

  useEffect(() => {
    void load();
  }, [load]);

  async function step(id: number) {
    const drama = await nextEpisode(id);
    if (!drama) return;
    const { episodesWatched, status } = drama.watch;
    announce(
      status === 'completed'
        ? `${drama.title}: all ${drama.episodes ?? episodesWatched} episodes watched. Moved to recently finished.`
        : `${drama.title}: episode ${episodesWatched}${drama.episodes === null ? '' : ` of ${drama.episodes}`} watched.`,
    );
  }

  const sections = dramas ? homeSections(dramas) : null;
  return (
    <div className="screen home-screen">
      <header className="screen__header">
        <div>
          <ScreenHeading>Home</ScreenHeading>
          <p className="screen__subtitle">What you are watching and writing now.</p>
        </div>
      </header>
      {loadState === 'error' && loadError && <ErrorNotice message={loadError} onRetry={() => void load()} />}
      {!dramas && loadState !== 'error' && <Loading>Loading your journal…</Loading>}
      {sections && dramas && dramas.length === 0 && (
        <p className="home-screen__empty">
          Your journal is empty. <a href={hrefOf({ name: 'new' })}>Add a drama</a> you are watching or have watched.
        </p>
      )}
      {sections && dramas && dramas.length > 0 && (
        <div className="home-grid">
          <ContinueWatching dramas={sections.watching} stepping={stepping} error={stepError} onNextEpisode={(id) => void step(id)} />
          <DraftList dramas={sections.drafts} />
          <RecentlyFinished dramas={sections.recentlyFinished} />
        </div>
      )}
    </div>
  );
}
