import { useId, useState } from 'react';
import type { CastSuggestion } from '@common/model';
import { ActionError } from '../../shared/ui/ErrorAlerts';

interface CastSuggestionListProps {
  suggestions: readonly CastSuggestion[];
  busy?: boolean;
  error?: string | null;
  skipLabel?: string;
  onConfirm(chosen: CastSuggestion[]): void;
  onSkip(): void;
}

const keyOf = (s: CastSuggestion) => s.actor.toLowerCase();

/**
 * The cast a review names (`Character (Actor, Other Drama, …)`), offered to
 * confirm: every entry starts ticked, the user unticks what is wrong, and
 * only the ticked ones are added.
 */
export function CastSuggestionList({ suggestions, busy = false, error, skipLabel = 'Skip', onConfirm, onSkip }: CastSuggestionListProps) {
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const legendId = useId();
  const chosen = suggestions.filter((s) => !unticked.has(keyOf(s)));
  const toggle = (key: string) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <fieldset className="cast-suggestions" aria-labelledby={legendId}>
      <legend id={legendId} className="cast-suggestions__legend">
        Cast named in the review
      </legend>
      <p className="field__hint">Untick anyone who is not part of this drama’s cast.</p>
      <ul className="cast-suggestions__list">
        {suggestions.map((suggestion) => {
          const key = keyOf(suggestion);
          return (
            <li key={key}>
              <label className="cast-suggestions__item">
                <input type="checkbox" checked={!unticked.has(key)} onChange={() => toggle(key)} disabled={busy} />
                <span>
                  <strong>{suggestion.actor}</strong>
                  {suggestion.character ? ` as ${suggestion.character}` : ''}
                  <span className="cast-suggestions__role"> · {suggestion.role === 'lead' ? 'Lead' : 'Support'}</span>
                  {suggestion.otherDramas.length > 0 && (
                    <span className="cast-suggestions__also"> · also in {suggestion.otherDramas.join(', ')}</span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <ActionError message={error} />
      <div className="cast-suggestions__actions">
        <button type="button" className="button" onClick={onSkip} disabled={busy}>
          {skipLabel}
        </button>
        <button type="button" className="button button--primary" onClick={() => onConfirm(chosen)} disabled={busy || chosen.length === 0}>
          {busy ? 'Adding…' : `Add ${chosen.length} to the Cast`}
        </button>
      </div>
    </fieldset>
  );
}
