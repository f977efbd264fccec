/** The journal's settings: the review site and who signs the reviews. */
import type { Theme } from './vocabulary';

/** The banner of a review site until the user names theirs. */
export const DEFAULT_SITE_TITLE = 'KDRAMALOVE KOREAN DRAMA REVIEWS';

export interface Settings {
  siteTitle: string;
  reviewerName: string;
  reviewerLocation: string;
  siteUrl: string | null;
  theme: Theme;
  /** Set once the first-run questions were answered. */
  onboarded: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  siteTitle: DEFAULT_SITE_TITLE,
  reviewerName: '',
  reviewerLocation: '',
  siteUrl: null,
  theme: 'system',
  onboarded: false,
};

export type SettingsUpdate = Partial<Settings>;
