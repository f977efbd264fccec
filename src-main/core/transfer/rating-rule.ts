import type { Grade } from '../common/model';

/**
 * Scores out of 10 to letter grades, in half-point steps from the top: each
 * step down the grade scale is half a point. A score between two steps takes
 * the step below it (8.7 → B+), so a grade never claims more than the score.
 */
const TEN_POINT_STEPS: ReadonlyArray<readonly [number, Grade]> = [
  [10, 'A+'],
  [9.5, 'A'],
  [9, 'A-'],
  [8.5, 'B+'],
  [8, 'B'],
  [7.5, 'B-'],
  [7, 'C+'],
  [6.5, 'C'],
  [6, 'C-'],
  [5.5, 'D+'],
  [5, 'D'],
  [4.5, 'D-'],
];

export function gradeFromTenPoint(score: number): Grade {
  for (const [step, grade] of TEN_POINT_STEPS) if (score >= step - 1e-9) return grade;
  return 'F';
}

/** Stars (0.5 to 5) count double, then follow the 10-point table: 4.5★ = 9 → A-. */
export function gradeFromStars(stars: number): Grade {
  return gradeFromTenPoint(stars * 2);
}

const TABLE = TEN_POINT_STEPS.map(([step, grade]) => `${step} → ${grade}`).join(', ');

export const TEN_POINT_RULE =
  `Scores out of 10 become grades in half-point steps: ${TABLE}, below 4.5 → F. ` +
  'A score between two steps takes the lower one (8.7 → B+). A score of 0 or none means not rated: no grade.';

const STAR_TABLE = [5, 4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1, 0.5].map((stars) => `${stars}★ → ${gradeFromStars(stars)}`).join(', ');

export const STAR_RULE =
  `Star ratings (0.5 to 5) are doubled to a score out of 10 and graded by the 10-point table (${TABLE}, below 4.5 → F): ` +
  `${STAR_TABLE}. No rating means no grade.`;
