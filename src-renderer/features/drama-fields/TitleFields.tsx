import { InputField, type InputFieldProps } from '../../shared/forms/InputField';
import { DramaFieldMark } from './PublishTag';

type TitleFieldProps = Omit<InputFieldProps, 'label' | 'type' | 'autoComplete'>;

/** The drama's English title. */
export function EnglishTitleField(props: TitleFieldProps) {
  return <InputField {...props} label="English title" mark={<DramaFieldMark field="title" />} type="text" autoComplete="off" aria-required="true" />;
}

/**
 * The drama's title in Hangul, in the Korean font and without spell checking. What is
 * typed is shown as it is, so a Korean input method is never interrupted mid-syllable.
 */
export function KoreanTitleField(props: Omit<TitleFieldProps, 'lang' | 'inputClassName' | 'spellCheck'>) {
  return <InputField {...props} label="Korean title" mark={<DramaFieldMark field="nativeTitle" />} type="text" lang="ko" inputClassName="input--korean" autoComplete="off" spellCheck={false} />;
}
