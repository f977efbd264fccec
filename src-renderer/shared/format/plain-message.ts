/**
 * The core writes field names as its schemas spell them ("nativeTitle is required").
 * The screens show the same message with those names in the words the form's labels use,
 * so "nativeTitle is required" reads "Korean title is required". Nothing else is changed.
 */
const WORDS: Readonly<Record<string, string>> = {
  title: 'English title',
  nativeTitle: 'Korean title',
  aired: 'first aired',
  episodesWatched: 'episodes watched',
  startedOn: 'started on',
  finishedOn: 'finished on',
  siteTitle: 'site title',
  siteUrl: 'site URL',
  reviewerName: 'reviewer name',
  reviewerLocation: 'reviewer location',
  dramaId: 'drama',
};

const IDENTIFIER = /^[a-z]+(?:[A-Z][a-z]*)+$/;

export function inPlainWords(message: string): string {
  const words = message.split(' ').map((word, index) => {
    const bare = word.replace(/[.,:;]+$/, '');
    const trailing = word.slice(bare.length);
    const named = WORDS[bare];
    // Only the leading word, or a camelCase identifier elsewhere, is a field name:
    // a plain word later on may be part of a drama's title.
    if (named && (index === 0 || IDENTIFIER.test(bare))) return named + trailing;
    return word;
  });
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
