/**
 * What a drama needs before its review is published: only the English title is needed to
 * add a drama, but a final or exported review shows the house format's whole header
 * (house-format.md), so every part of it must be known by then. The one list of those
 * parts; the forms, the editor and every export ask it.
 */
import { type CoreError, invalidInputs } from '../errors';
import type { CompleteRelease, DramaRelease } from '../model';
import { plainName } from './labels';

type Needed = { field: keyof DramaRelease; known: (release: DramaRelease) => boolean; what: string };

/** In the order the header shows them (and the form asks for them). */
const NEEDED: readonly Needed[] = [
  { field: 'nativeTitle', known: (r) => r.nativeTitle !== null, what: plainName('nativeTitle') },
  { field: 'platforms', known: (r) => r.platforms.length > 0, what: 'a platform' },
  { field: 'aired', known: (r) => r.aired.year !== null && r.aired.month !== null, what: 'the month and year it first aired' },
  { field: 'episodes', known: (r) => r.episodes !== null, what: 'the number of episodes' },
  { field: 'genres', known: (r) => r.genres.length > 0, what: 'a genre' },
];

/** The fields a form marks "needed to publish", in its order. */
export const FIELDS_NEEDED_TO_PUBLISH: readonly (keyof DramaRelease)[] = NEEDED.map((n) => n.field);

/** Each field `release` still lacks for publishing, one problem per field; empty when it can be published. */
export function publishProblems(release: DramaRelease): CoreError[] {
  return NEEDED.filter((n) => !n.known(release)).map((n) => ({
    code: 'invalid-input',
    field: n.field,
    message: `${n.what} is needed to publish`,
  }));
}

/** `a, b and c` */
function listed(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** What a drama lacks, in one sentence naming it: for a refusal's summary and an export's note. */
export function missingSummary(release: DramaRelease): string {
  const missing = NEEDED.filter((n) => !n.known(release)).map((n) => n.what);
  return `${release.title} needs ${listed(missing)} before its review can be published`;
}

/** The release as the house format needs it, or a refusal listing every field it lacks (`problems`). */
export function completeRelease(release: DramaRelease): CompleteRelease {
  const problems = publishProblems(release);
  if (problems.length) throw invalidInputs(missingSummary(release), problems);
  return release as CompleteRelease;
}

export const canBePublished = (release: DramaRelease) => publishProblems(release).length === 0;
