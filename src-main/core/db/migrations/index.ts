import { initial } from './0001-initial';
import { castSearchEpisodeLength } from './0002-cast-search-episode-length';
import { picturesRevisions } from './0003-pictures-revisions';
import { reviewListingIndex } from './0004-review-listing-index';
import { dramaCovers } from './0005-drama-covers';
import { userLists } from './0006-user-lists';
import { watchDiary } from './0007-watch-diary';
import { unknownDramaFields } from './0008-unknown-drama-fields';
import { siteChanges } from './0009-site-changes';
import { publishTargets } from './0010-publish-targets';
import type { Migration } from './migration';

/** Every migration, oldest first. Versions count up from 1 with no gaps. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  castSearchEpisodeLength,
  picturesRevisions,
  reviewListingIndex,
  dramaCovers,
  userLists,
  watchDiary,
  unknownDramaFields,
  siteChanges,
  publishTargets,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
