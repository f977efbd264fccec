import type { Journal } from '../journal';
import type { CastSuggestion } from '../common/model';
import { suggestCast } from './suggest-cast';

/** Cast entries the drama's review suggests, leaving out actors already in its cast. */
export function castSuggestionsFor(journal: Journal, dramaId: number): CastSuggestion[] {
  const drama = journal.dramas.get(dramaId);
  if (!drama.review) return [];
  const present = new Set(journal.cast.list(dramaId).map((member) => member.actor.toLowerCase()));
  return suggestCast(drama.review).filter((suggestion) => !present.has(suggestion.actor.toLowerCase()));
}
