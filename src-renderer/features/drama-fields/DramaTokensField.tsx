import { Field } from '../../shared/forms/Field';
import { TokenListInput } from './TokenListInput';
import { DramaFieldMark } from './PublishTag';

/** A drama's platforms and genres as typed: the chosen names, and text not yet turned into one. */
export interface DramaTokenValues {
  platforms: string[];
  platformDraft: string;
  genres: string[];
  genreDraft: string;
}

export type DramaTokenList = 'platforms' | 'genres';

/** Where each list keeps the text still being typed in its box. */
export const DRAFT_KEY_OF = { platforms: 'platformDraft', genres: 'genreDraft' } as const satisfies Record<DramaTokenList, keyof DramaTokenValues>;

const WORDING_OF: Record<DramaTokenList, { label: string; tokenLabel: string; listLabel: string }> = {
  platforms: { label: 'Platforms', tokenLabel: 'platform', listLabel: 'Chosen platforms' },
  genres: { label: 'Genres', tokenLabel: 'genre', listLabel: 'Chosen genres' },
};

interface DramaTokensFieldProps {
  list: DramaTokenList;
  id: string;
  hint?: string;
  values: DramaTokenValues;
  errors: Partial<Record<DramaTokenList, string>>;
  /** Names already used in the journal, offered as the user types. */
  suggestions: Readonly<Record<DramaTokenList, string[]>>;
  onChange(patch: Partial<DramaTokenValues>): void;
}

/** A drama's platforms or its genres: an ordered list of names, typed one at a time. */
export function DramaTokensField({
  list,
  id,
  hint = 'In the order to show them. Press Enter after each.',
  values,
  errors,
  suggestions,
  onChange,
}: DramaTokensFieldProps) {
  const { label, tokenLabel, listLabel } = WORDING_OF[list];
  const draftKey = DRAFT_KEY_OF[list];
  return (
    <Field id={id} label={label} mark={<DramaFieldMark field={list} />} error={errors[list]} hint={hint}>
      {(control) => (
        <TokenListInput
          control={control}
          tokenLabel={tokenLabel}
          listLabel={listLabel}
          tokens={values[list]}
          draft={values[draftKey]}
          suggestions={suggestions[list]}
          onTokensChange={(tokens) => onChange({ [list]: tokens })}
          onDraftChange={(draft) => onChange({ [draftKey]: draft })}
        />
      )}
    </Field>
  );
}
