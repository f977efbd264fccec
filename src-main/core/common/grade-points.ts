import { GRADES, type Grade, type GradeAverage } from './model';

/** The usual grade-point scale: what a letter grade counts for in an average. */
export const GRADE_POINTS: Readonly<Record<Grade, number>> = {
  'A+': 4.3,
  A: 4.0,
  'A-': 3.7,
  'B+': 3.3,
  B: 3.0,
  'B-': 2.7,
  'C+': 2.3,
  C: 2.0,
  'C-': 1.7,
  'D+': 1.3,
  D: 1.0,
  'D-': 0.7,
  F: 0,
};

/** The grade whose points are closest to `value`; exactly halfway between two, the higher one. */
export function nearestGrade(value: number): Grade {
  let best: Grade = GRADES[0];
  let bestDistance = Infinity;
  for (const grade of GRADES) {
    const distance = Math.abs(GRADE_POINTS[grade] - value);
    if (distance < bestDistance - 1e-9) {
      best = grade;
      bestDistance = distance;
    }
  }
  return best;
}

/** The mean of some grades as points (two decimals) and as the nearest grade; null for none. */
export function averageGrade(grades: readonly Grade[]): GradeAverage | null {
  if (!grades.length) return null;
  const mean = grades.reduce((sum, g) => sum + GRADE_POINTS[g], 0) / grades.length;
  return { value: Math.round(mean * 100) / 100, grade: nearestGrade(mean), count: grades.length };
}
