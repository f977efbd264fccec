import type { InputHTMLAttributes } from 'react';
import { Field, type FieldFrameProps } from './Field';

type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'className' | 'value' | 'onChange' | 'children' | 'aria-invalid' | 'aria-describedby'
>;

export interface InputFieldProps extends FieldFrameProps, InputAttributes {
  value: string;
  /** The class of the input itself; `className` is the field's. */
  inputClassName?: string;
  /**
   * Gets the text exactly as typed. Nothing is trimmed or reformatted on the way,
   * so an input method's composition (Korean, for one) is never interrupted.
   */
  onValueChange(value: string): void;
}

/** A labelled input with its hint and inline error; other attributes (type, lang, min…) go to the input. */
export function InputField({ id, label, hint, error, className, mark, inputClassName, onValueChange, ...input }: InputFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className} mark={mark}>
      {(control) => <input {...control} {...input} className={inputClassName} onChange={(event) => onValueChange(event.target.value)} />}
    </Field>
  );
}
