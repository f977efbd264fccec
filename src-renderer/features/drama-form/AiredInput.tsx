import { describedBy, FieldError } from '../../shared/forms/Field';
import { MONTH_NAMES } from '../../../src-main/core/house-format/format';

interface AiredInputProps {
  month: string;
  year: string;
  error: string | undefined;
  onMonthChange(month: string): void;
  onYearChange(year: string): void;
}

/** First air date: a month and a year, grouped under one legend with one error line. */
export function AiredInput({ month, year, error, onMonthChange, onYearChange }: AiredInputProps) {
  const errorId = error ? 'drama-aired-error' : null;
  const invalid = error ? true : undefined;
  return (
    <fieldset className={`field field--group${error ? ' field--invalid' : ''}`}>
      <legend className="field__label">First aired</legend>
      <div className="field__row">
        <div className="field field--inline">
          <label className="field__sublabel" htmlFor="drama-aired-month">
            Month
          </label>
          <select
            id="drama-aired-month"
            value={month}
            aria-invalid={invalid}
            aria-describedby={describedBy(errorId)}
            onChange={(e) => onMonthChange(e.target.value)}
          >
            <option value="">Choose…</option>
            {MONTH_NAMES.map((name, index) => (
              <option key={name} value={String(index + 1)}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label className="field__sublabel" htmlFor="drama-aired-year">
            Year
          </label>
          <input
            id="drama-aired-year"
            className="input--year"
            type="number"
            inputMode="numeric"
            min={1900}
            max={2100}
            value={year}
            aria-invalid={invalid}
            aria-describedby={describedBy(errorId)}
            onChange={(e) => onYearChange(e.target.value)}
          />
        </div>
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
