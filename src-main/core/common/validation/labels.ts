/**
 * The words a message uses for a field whose key is not plain words: the labels the forms show.
 * Every validation message is built from these, so the CLI, an IPC error and the form beside a
 * field read the same, and no screen has to translate a message.
 */
const LABELS: Readonly<Record<string, string>> = {
  title: 'English title',
  nativeTitle: 'Korean title',
  aired: 'first aired',
  'aired year': 'first aired year',
  'aired month': 'first aired month',
  'aired.year': 'first aired year',
  'aired.month': 'first aired month',
  episodeMinutes: 'minutes per episode',
  episodesWatched: 'episodes watched',
  startedOn: 'started on',
  finishedOn: 'finished on',
  watchedOn: 'watched on',
  'reviewer.name': 'reviewer name',
  'reviewer.location': 'reviewer location',
  reviewerName: 'reviewer name',
  reviewerLocation: 'reviewer location',
  siteTitle: 'site title',
  siteUrl: 'site URL',
  dramaId: 'drama',
  afterParagraph: 'place in the section',
  includeDrafts: 'include drafts',
  restoredFrom: 'restored revision',
  undoToken: 'undo token',
  url: 'address',
  keyFile: 'key file',
  secret: 'password',
};

/** A field's name in plain words: its label, or its key when that already is plain words. */
export function plainName(field: string): string {
  return LABELS[field] ?? field;
}

/** A field path in plain words (`aired.month` is "first aired month", `watch.status` is "status"). */
export function plainPath(path: readonly PropertyKey[]): string {
  const keys = path.filter((segment): segment is string => typeof segment === 'string');
  const whole = keys.join('.');
  if (LABELS[whole]) return LABELS[whole];
  return plainName(keys[keys.length - 1] ?? whole);
}
