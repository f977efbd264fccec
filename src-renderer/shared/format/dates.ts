import type { CalendarDate } from '@common/model';

const DAY = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const MOMENT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A calendar day (`2024-03-09`) in the reader's own style, e.g. "Mar 9, 2024". */
export function formatDay(day: CalendarDate | null): string {
  if (!day) return '—';
  const [y, m, d] = day.split('-').map(Number);
  return DAY.format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** An ISO instant in the reader's local time. */
export function formatMoment(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : MOMENT.format(time);
}
