import type { ReactNode } from 'react';
import { MONTH_NAMES } from '@common/house-format/format';
import { AIRED_YEARS } from '@common/model';
import { describedBy, FieldError } from '../../shared/forms/Field';
import { DramaFieldMark } from './PublishTag';

/** The first air date as typed: a month number ('' until chosen) and a year. */
export interface FirstAiredValues {
  airedMonth: string;
  airedYear: string;
}

interface FirstAiredFieldProps {
  values: FirstAiredValues;
  error: string | undefined;
  onChange(patch: Partial<FirstAiredValues>): void;
}

/**
 * First air date: a month and a year, grouped under one legend with one error line.
 * The ids are the same wherever the field is shown (the drama form, the review editor).
 */
export function FirstAiredField({ values, error, onChange }: FirstAiredFieldProps) {
  const errorId = error ? 'drama-aired-error' : null;
  const invalid = error ? true : undefined;
  return (
    <fieldset className={`field field--group${error ? ' field--invalid' : ''}`}>
      <legend className="field__label">
        First aired <DramaFieldMark field="aired" />
      </legend>
      <div className="field__row">
        <PartOfDate id="drama-aired-month" label="Month">
          <select
            id="drama-aired-month"
            value={values.airedMonth}
            aria-invalid={invalid}
            aria-describedby={describedBy(errorId)}
            onChange={(e) => onChange({ airedMonth: e.target.value })}
          >
            <option value="">Choose…</option>
            {MONTH_NAMES.map((name, index) => (
              <option key={name} value={String(index + 1)}>
                {name}
              </option>
            ))}
          </select>
        </PartOfDate>
        <PartOfDate id="drama-aired-year" label="Year">
          <input
            id="drama-aired-year"
            className="input--year"
            type="number"
            inputMode="numeric"
            min={AIRED_YEARS.min}
            max={AIRED_YEARS.max}
            placeholder="Year"
            value={values.airedYear}
            aria-invalid={invalid}
            aria-describedby={describedBy(errorId)}
            onChange={(e) => onChange({ airedYear: e.target.value })}
          />
        </PartOfDate>
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

/**
 * One part of the date. Its label is for assistive technology only: the legend names the
 * pair, so the controls sit level with the other fields' controls in the row.
 */
function PartOfDate({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field field--inline">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}
