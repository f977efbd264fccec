import type { FocusEvent } from 'react';
import { Field } from '../../shared/forms/Field';
import { AiredInput } from '../drama-form/AiredInput';
import { tokensIn } from '../drama-form/form-values';
import { TokenListInput } from '../drama-form/TokenListInput';
import type { HeaderDraft } from './editor-model';
import type { HeaderErrors } from './editor-store';

interface HeaderFieldsProps {
  header: HeaderDraft;
  errors: HeaderErrors;
  suggestions: { platforms: string[]; genres: string[] };
  onChange(patch: Partial<HeaderDraft>): void;
}

/**
 * The drama's part of the review's header: titles, platforms, first aired, episodes
 * and genres. Inputs show exactly what was typed; nothing is reformatted while the
 * user types, so a Korean input method is never interrupted mid-syllable.
 */
export function HeaderFields({ header, errors, suggestions, onChange }: HeaderFieldsProps) {
  // A name left in a token box becomes a token when the user moves on, as if Enter was pressed.
  const commitOnLeave = (box: 'platforms' | 'genres') => (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    const draftKey = box === 'platforms' ? 'platformDraft' : 'genreDraft';
    const typed = tokensIn(header[draftKey]);
    if (typed.length === 0) return;
    onChange({ [box]: [...header[box], ...typed], [draftKey]: '' });
  };

  return (
    <fieldset className="form-section editor-header">
      <legend className="form-section__title">The drama</legend>
      <div className="form-row">
        <Field id="review-title" label="English title" error={errors.title}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={header.title}
              autoComplete="off"
              spellCheck
              lang="en"
              onChange={(e) => onChange({ title: e.target.value })}
            />
          )}
        </Field>
        <Field id="review-native-title" label="Korean title" error={errors.nativeTitle}>
          {(control) => (
            <input
              {...control}
              type="text"
              lang="ko"
              className="input--korean"
              value={header.nativeTitle}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => onChange({ nativeTitle: e.target.value })}
            />
          )}
        </Field>
      </div>
      <div onBlur={commitOnLeave('platforms')}>
        <Field id="review-platforms" label="Platforms" error={errors.platforms} hint="In the order to show them. Press Enter after each.">
          {(control) => (
            <TokenListInput
              control={control}
              tokenLabel="platform"
              listLabel="Chosen platforms"
              tokens={header.platforms}
              draft={header.platformDraft}
              suggestions={suggestions.platforms}
              onTokensChange={(platforms) => onChange({ platforms })}
              onDraftChange={(platformDraft) => onChange({ platformDraft })}
            />
          )}
        </Field>
      </div>
      <div className="form-row">
        <AiredInput
          month={header.airedMonth}
          year={header.airedYear}
          error={errors.aired}
          onMonthChange={(airedMonth) => onChange({ airedMonth })}
          onYearChange={(airedYear) => onChange({ airedYear })}
        />
        <Field id="review-episodes" label="Episodes" error={errors.episodes} className="field--narrow">
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={999}
              value={header.episodes}
              onChange={(e) => onChange({ episodes: e.target.value })}
            />
          )}
        </Field>
      </div>
      <div onBlur={commitOnLeave('genres')}>
        <Field id="review-genres" label="Genres" error={errors.genres} hint="In the order to show them. Press Enter after each.">
          {(control) => (
            <TokenListInput
              control={control}
              tokenLabel="genre"
              listLabel="Chosen genres"
              tokens={header.genres}
              draft={header.genreDraft}
              suggestions={suggestions.genres}
              onTokensChange={(genres) => onChange({ genres })}
              onDraftChange={(genreDraft) => onChange({ genreDraft })}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
