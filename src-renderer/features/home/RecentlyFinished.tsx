import type { DramaSummary } from '@common/model';
import { hrefOf } from '../../app/routes';
import { formatDay } from '../../shared/format/dates';
import { HomeDramaList } from './HomeDramaList';

/** The dramas finished most recently; one with no review yet offers to start it. */
export function RecentlyFinished({ dramas }: { dramas: DramaSummary[] }) {
  return (
    <HomeDramaList
      id="home-finished-title"
      title="Recently finished"
      empty="Nothing finished yet. Dramas you complete appear here, newest first."
      dramas={dramas}
      hrefOf={(drama) => hrefOf({ name: 'drama', id: drama.id })}
      detail={(drama) => `Finished ${formatDay(drama.finishedOn)}`}
      action={(drama) =>
        drama.reviewState === null && (
          <a className="home-item__action" href={hrefOf({ name: 'review', id: drama.id })} aria-label={`Write a review of ${drama.title}`}>
            Write a review
          </a>
        )
      }
    />
  );
}
