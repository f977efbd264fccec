import type { DramaSummary } from '@common/model';
import { hrefOf } from '../../app/routes';
import { HomeDramaList } from './HomeDramaList';

/** Reviews still in draft, each opening the editor where you left it. */
export function DraftList({ dramas }: { dramas: DramaSummary[] }) {
  return (
    <HomeDramaList
      id="home-drafts-title"
      title="Drafts in progress"
      empty="No drafts. A review you start stays here until you mark it final."
      dramas={dramas}
      hrefOf={(drama) => hrefOf({ name: 'review', id: drama.id })}
      detail={() => 'Draft review · continue writing'}
    />
  );
}
