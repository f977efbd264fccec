/** Commands the app menu sends to the renderer. */
export const MENU_COMMANDS = [
  'new-drama',
  'open-library',
  'open-settings',
  /** Save what the editor holds now, without waiting for autosave. */
  'save-now',
  /** Find: the library's filter box, or search where there is one. */
  'find',
  /** Export the review of the drama on screen (File > Export This Review…). */
  'export-review',
  /** Export the whole site into a folder the user chooses, remembered from then on (File > Export Site…, Change folder…). */
  'export-site',
  /** Export the whole site again into its remembered folder, asking nothing (File > Update Site). */
  'update-site',
  /** Send the site to every publish target (File > Publish): a folder, an SFTP or FTPS server, a git branch. */
  'publish',
  /** File > Import Review…: choose house-format files and preview them in the import dialog. */
  'import-review',
  /** File > Import from Tracker…: a Letterboxd or MyDramaList CSV, previewed on the Data screen. */
  'import-tracker',
  /** File > Export Journal…: the whole journal as JSON. */
  'export-journal',
  /** File > Load Journal Dump…: restores a dump into an empty journal. */
  'load-journal',
  'open-search',
  'open-actors',
  'open-stats',
  'open-diary',
  'open-data',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
