import type { CalendarDate } from './model';
import { MONTH_ABBREVIATIONS } from './house-format/format';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day (`2025-01-20`) as the app and the exported site both write it: the house
 * format's AP-style months (the release line's `Dec. 2023`), so `Jan. 20, 2025`,
 * `May 3, 2025`, `Sept. 9, 2024`. Anything that is not such a day is returned as it is.
 */
export function formatCalendarDay(day: CalendarDate | string): string {
  const match = DAY.exec(day);
  const month = match ? MONTH_ABBREVIATIONS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return day;
  return `${month} ${Number(match[3])}, ${match[1]}`;
}
