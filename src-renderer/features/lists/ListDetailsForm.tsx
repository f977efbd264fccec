import { useId, useState, type FormEvent } from 'react';
import { messageOf } from '../../api/api-error';
import { InputField } from '../../shared/forms/InputField';
import { FormError } from '../../shared/ui/ErrorAlerts';

export interface ListDetails {
  name: string;
  description: string;
  public: boolean;
}

interface Props {
  initial: ListDetails;
  submitLabel: string;
  busy: boolean;
  /** Saves; a refusal is thrown back and shown here, the user's text kept. */
  onSubmit(details: ListDetails): Promise<void>;
  /** After a new list was made, the form starts empty again. */
  resetAfterSave?: boolean;
}

/** A list's name, description and whether it is public: to make a list, or to change one. */
export function ListDetailsForm({ initial, submitLabel, busy, onSubmit, resetAfterSave = false }: Props) {
  const [details, setDetails] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await onSubmit(details);
      if (resetAfterSave) setDetails(initial);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <form className="list-form" onSubmit={(event) => void submit(event)} noValidate>
      <InputField
        id={`${id}-name`}
        label="Name"
        type="text"
        value={details.name}
        maxLength={100}
        required
        onValueChange={(name) => setDetails((d) => ({ ...d, name }))}
      />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-description`}>
          Description
        </label>
        <textarea
          id={`${id}-description`}
          className="textarea"
          rows={2}
          maxLength={2000}
          value={details.description}
          onChange={(event) => setDetails((d) => ({ ...d, description: event.target.value }))}
        />
      </div>
      <div className="field field--check">
        <input
          id={`${id}-public`}
          type="checkbox"
          checked={details.public}
          aria-describedby={`${id}-public-hint`}
          onChange={(event) => setDetails((d) => ({ ...d, public: event.target.checked }))}
        />
        <label htmlFor={`${id}-public`}>Public</label>
        <p className="field__hint" id={`${id}-public-hint`}>
          Lists are private until you mark them public. A public list is published with your site at its next export:
          its name, description, dramas and the notes written in the list, never your drama notes.
        </p>
      </div>
      <FormError message={error} />
      <div className="list-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
