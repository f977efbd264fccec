import { Field, type FieldFrameProps } from './Field';

interface SelectFieldProps<T extends string> extends FieldFrameProps {
  value: T;
  /** The choices, in the order to offer them. */
  options: readonly T[];
  optionLabels: Readonly<Record<T, string>>;
  autoFocus?: boolean;
  onValueChange(value: T): void;
}

/** A labelled choice from a fixed list, with its hint and inline error. */
export function SelectField<T extends string>({ options, optionLabels, value, autoFocus, onValueChange, ...frame }: SelectFieldProps<T>) {
  return (
    <Field {...frame}>
      {(control) => (
        <select {...control} autoFocus={autoFocus} value={value} onChange={(event) => onValueChange(event.target.value as T)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabels[option]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
