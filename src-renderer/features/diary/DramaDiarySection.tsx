import { useEffect } from 'react';
import type { Drama } from '@common/model';
import { ErrorNotice } from '../../shared/ui/Notices';
import { DramaDiaryPanel } from './DramaDiaryPanel';
import { EpisodeLogPanel } from './EpisodeLogPanel';
import { useDiaryStore } from './diary-store';
import './diary.css';

/**
 * The drama screen's diary: its watches, with "Log a watch", and its episode log with
 * per-episode grades. Fetched again whenever the drama changes (+1 episode, a logged watch).
 */
export function DramaDiarySection({ drama }: { drama: Drama }) {
  const { history, historyError, loadHistory } = useDiaryStore();
  useEffect(() => {
    void loadHistory(drama.id);
  }, [drama.id, drama.updatedAt, loadHistory]);

  const shown = history?.dramaId === drama.id ? history : null;
  if (!shown) return historyError ? <ErrorNotice message={historyError} onRetry={() => void loadHistory(drama.id)} /> : null;
  return (
    <div className="drama-diary">
      <DramaDiaryPanel drama={drama} diary={shown.diary} />
      <EpisodeLogPanel drama={drama} log={shown.episodeLog} />
    </div>
  );
}
