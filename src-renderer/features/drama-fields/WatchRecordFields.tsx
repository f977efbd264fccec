import { WATCH_STATUSES, WATCH_STATUS_LABELS, type WatchStatus } from '@common/model';
import { CountField } from '../../shared/forms/CountField';
import { InputField, type InputFieldProps } from '../../shared/forms/InputField';
import { SelectField } from '../../shared/forms/SelectField';

interface WatchStatusFieldProps {
  id: string;
  value: WatchStatus;
  error: string | undefined;
  autoFocus?: boolean;
  onValueChange(status: WatchStatus): void;
}

/** Where the user is with the drama: planning to watch it, watching, on hold, dropped or completed. */
export function WatchStatusField(props: WatchStatusFieldProps) {
  return <SelectField {...props} label="Status" options={WATCH_STATUSES} optionLabels={WATCH_STATUS_LABELS} />;
}

/** The days the user started and finished watching, as the date inputs give them ('' when not set). */
export interface WatchDates {
  startedOn: string;
  finishedOn: string;
}

const DATE_LABELS: Readonly<Record<keyof WatchDates, string>> = { startedOn: 'Started on', finishedOn: 'Finished on' };

interface WatchDateFieldsProps {
  ids: Readonly<Record<keyof WatchDates, string>>;
  values: WatchDates;
  errors: Partial<Record<keyof WatchDates, string>>;
  onChange(patch: Partial<WatchDates>): void;
}

/** Started on and finished on, side by side. */
export function WatchDateFields({ ids, values, errors, onChange }: WatchDateFieldsProps) {
  return (
    <div className="form-row">
      {(Object.keys(DATE_LABELS) as (keyof WatchDates)[]).map((key) => (
        <InputField
          key={key}
          id={ids[key]}
          label={DATE_LABELS[key]}
          type="date"
          value={values[key]}
          error={errors[key]}
          onValueChange={(day) => onChange({ [key]: day })}
        />
      ))}
    </div>
  );
}

/** How many times the user watched the drama again. */
export function RewatchesField(props: Pick<InputFieldProps, 'id' | 'value' | 'error' | 'onValueChange'>) {
  return <CountField {...props} label="Rewatches" min={0} />;
}
