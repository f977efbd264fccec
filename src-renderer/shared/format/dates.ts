import type { CalendarDate } from '@common/model';
import { formatCalendarDay } from '@common/dates';

const TIME = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar day (`2024-03-09`) in the house style the site uses too: "Mar. 9, 2024". */
export function formatDay(day: CalendarDate | null): string {
  return day ? formatCalendarDay(day) : '—';
}

/** An ISO instant on the reader's local clock: its day in the house style, then the time ("Mar. 9, 2024, 3:04 PM"). */
export function formatMoment(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return `${formatCalendarDay(localDayOf(time))}, ${TIME.format(time)}`;
}

/** An ISO instant's day in the house style, on the reader's local clock: "Mar. 9, 2024". */
export function formatLocalDay(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : formatCalendarDay(localDayOf(time));
}

function localDayOf(time: Date): CalendarDate {
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}
