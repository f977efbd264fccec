import type { FocusEvent } from 'react';
import { DRAFT_KEY_OF, DramaTokensField, type DramaTokenList } from '../drama-fields/DramaTokensField';
import { EpisodesField } from '../drama-fields/EpisodesField';
import { FirstAiredField } from '../drama-fields/FirstAiredField';
import { EnglishTitleField, KoreanTitleField } from '../drama-fields/TitleFields';
import { tokensIn } from '../drama-fields/tokens';
import type { DramaHeaderValues } from '../drama-fields/header-values';
import type { HeaderErrors } from './editor-store';

interface HeaderFieldsProps {
  header: DramaHeaderValues;
  errors: HeaderErrors;
  suggestions: { platforms: string[]; genres: string[] };
  onChange(patch: Partial<DramaHeaderValues>): void;
}

/**
 * The drama's part of the review's header: titles, platforms, first aired, episodes
 * and genres. Inputs show exactly what was typed; nothing is reformatted while the
 * user types, so a Korean input method is never interrupted mid-syllable.
 */
export function HeaderFields({ header, errors, suggestions, onChange }: HeaderFieldsProps) {
  // A name left in a token box becomes a token when the user moves on, as if Enter was pressed.
  const commitOnLeave = (list: DramaTokenList) => (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    const draftKey = DRAFT_KEY_OF[list];
    const typed = tokensIn(header[draftKey]);
    if (typed.length === 0) return;
    onChange({ [list]: [...header[list], ...typed], [draftKey]: '' });
  };

  return (
    <fieldset className="form-section editor-header">
      <legend className="form-section__title">The drama</legend>
      <div className="form-row">
        <EnglishTitleField id="review-title" spellCheck lang="en" value={header.title} error={errors.title} onValueChange={(title) => onChange({ title })} />
        <KoreanTitleField
          id="review-native-title"
          value={header.nativeTitle}
          error={errors.nativeTitle}
          onValueChange={(nativeTitle) => onChange({ nativeTitle })}
        />
      </div>
      <div onBlur={commitOnLeave('platforms')}>
        <DramaTokensField list="platforms" id="review-platforms" values={header} errors={errors} suggestions={suggestions} onChange={onChange} />
      </div>
      <div className="form-row">
        <FirstAiredField values={header} error={errors.aired} onChange={onChange} />
        <EpisodesField id="review-episodes" value={header.episodes} error={errors.episodes} onValueChange={(episodes) => onChange({ episodes })} />
      </div>
      <div onBlur={commitOnLeave('genres')}>
        <DramaTokensField list="genres" id="review-genres" values={header} errors={errors} suggestions={suggestions} onChange={onChange} />
      </div>
    </fieldset>
  );
}
