import { formatCalendarDay } from '@common/dates';
import type { CalendarDate, DiaryListing } from '@common/model';

/** One month of the diary, newest entries first; undated watches (old rewatches) are a month of their own, last. */
export interface DiaryMonth {
  /** `2025-03`, or `undated`. */
  key: string;
  label: string;
  entries: DiaryListing[];
}

export interface DiaryYear {
  year: number;
  count: number;
}

const MONTH = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', timeZone: 'UTC' });

/** The day an entry belongs to in the diary: the day it was finished, or started when it is not (as the core orders them). */
export const dayOf = (entry: DiaryListing): CalendarDate | null => entry.finishedOn ?? entry.startedOn;

export const UNDATED = 'undated';

function monthLabel(key: string): string {
  if (key === UNDATED) return 'Undated';
  const [year, month] = key.split('-').map(Number);
  return MONTH.format(new Date(Date.UTC(year!, month! - 1, 1)));
}

/** The years that have entries, newest first, with how many each has. */
export function yearsOf(entries: readonly DiaryListing[]): DiaryYear[] {
  const counts = new Map<number, number>();
  for (const entry of entries) {
    const day = dayOf(entry);
    if (day) counts.set(Number(day.slice(0, 4)), (counts.get(Number(day.slice(0, 4))) ?? 0) + 1);
  }
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year);
}

/** The entries of one year (all of them when `year` is null), in the core's order. */
export function entriesOfYear(entries: readonly DiaryListing[], year: number | null): readonly DiaryListing[] {
  if (year === null) return entries;
  const prefix = `${year}-`;
  return entries.filter((entry) => dayOf(entry)?.startsWith(prefix));
}

/** The entries by month, keeping the core's order (newest first, undated last). */
export function monthsOf(entries: readonly DiaryListing[]): DiaryMonth[] {
  const months: DiaryMonth[] = [];
  for (const entry of entries) {
    const key = dayOf(entry)?.slice(0, 7) ?? UNDATED;
    const last = months[months.length - 1];
    if (last?.key === key) last.entries.push(entry);
    else months.push({ key, label: monthLabel(key), entries: [entry] });
  }
  return months;
}

/**
 * The newest whole months holding at least `atLeast` entries (or all of them): the diary is
 * drawn a page of months at a time, so 10,000 entries cost what a few dozen do until asked for.
 */
export function firstMonths(months: readonly DiaryMonth[], atLeast: number): DiaryMonth[] {
  const shown: DiaryMonth[] = [];
  let count = 0;
  for (const month of months) {
    if (count >= atLeast) break;
    shown.push(month);
    count += month.entries.length;
  }
  return shown;
}

/** Today's calendar day in the user's own time zone, as a date input holds it. */
export function today(now: Date = new Date()): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A watch's days in words, in the app's one date style: "Mar. 1, 2025 – Mar. 14, 2025", "Finished Mar. 14, 2025", "Started Mar. 1, 2025", or "No date". */
export function watchDates(entry: Pick<DiaryListing, 'startedOn' | 'finishedOn'>): string {
  const { startedOn, finishedOn } = entry;
  if (startedOn && finishedOn) return startedOn === finishedOn ? formatCalendarDay(finishedOn) : `${formatCalendarDay(startedOn)} – ${formatCalendarDay(finishedOn)}`;
  if (finishedOn) return `Finished ${formatCalendarDay(finishedOn)}`;
  if (startedOn) return `Started ${formatCalendarDay(startedOn)}`;
  return 'No date';
}
