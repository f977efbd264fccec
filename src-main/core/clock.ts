/** Where the core reads the time, so tests and deterministic exports can fix it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}

/** Today's calendar date (YYYY-MM-DD) in the user's local time zone. */
export function localToday(clock: Clock): string {
  const d = clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
