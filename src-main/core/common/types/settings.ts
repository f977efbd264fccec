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

/**
 * Where the user's site is exported, remembered from the first export so Update Site asks nothing.
 * Kept beside the settings but not among them: a folder of this computer never travels in a dump,
 * and only the desktop's folder dialog (the Host) ever names it, never the page.
 */
export interface SitePlace {
  folder: string;
  includeDrafts: boolean;
}

/** The field a refusal of the remembered site folder names: the page then asks for a folder again. */
export const SITE_FOLDER_FIELD = 'siteFolder';
