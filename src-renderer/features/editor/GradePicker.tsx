import { GRADES, type Grade } from '@common/model';

interface GradePickerProps {
  grade: Grade | null;
  /** A final review must keep a grade. */
  required: boolean;
  error?: string;
  onChange(grade: Grade | null): void;
}

/** The letter grade, A+ to F, as a row of radio buttons: arrow keys move between them. */
export function GradePicker({ grade, required, error, onChange }: GradePickerProps) {
  return (
    <fieldset className={`field field--group grade-picker${error ? ' field--invalid' : ''}`} aria-describedby={error ? 'grade-error' : undefined}>
      <legend className="field__label">Grade</legend>
      <div className="grade-picker__options">
        {!required && (
          <label className="grade-option grade-option--none">
            <input type="radio" name="review-grade" value="" checked={grade === null} onChange={() => onChange(null)} />
            <span>Not yet</span>
          </label>
        )}
        {GRADES.map((g) => (
          <label key={g} className={`grade-option grade-option--${g[0]!.toLowerCase()}`}>
            <input type="radio" name="review-grade" value={g} checked={grade === g} onChange={() => onChange(g)} />
            <span>{g}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" id="grade-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
