import { InputField, type InputFieldProps } from './InputField';

/**
 * A narrow field for a whole number, kept as typed text: an empty or odd value is
 * passed on as it is, so the core answers with its own message for the field.
 */
export function CountField(props: Omit<InputFieldProps, 'type' | 'inputMode' | 'className'>) {
  return <InputField {...props} className="field--narrow" type="number" inputMode="numeric" />;
}
