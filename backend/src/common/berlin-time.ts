/** Pure: Europe/Berlin wall-clock time without a time-zone database (the EU rule; Dortmund is all this app knows). */

const HOUR_MS = 3_600_000;

function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/** Offset of Europe/Berlin from UTC at the given instant (EU rule: last Sunday of March/October, 01:00 UTC). */
export function berlinOffsetMs(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSundayUtc(year, 2) && utcMs < lastSundayUtc(year, 9) ? 2 * HOUR_MS : HOUR_MS;
}

/** Berlin wall-clock time (given as if it were UTC, e.g. by Date.UTC) → the instant in ms. */
export function fromBerlin(localMs: number): number {
  return localMs - berlinOffsetMs(localMs - berlinOffsetMs(localMs));
}

/** Date.UTC of a calendar date and time, or null when the date does not exist (2026-02-30) or the time is out of range. */
export function wallClockMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number | null {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return wall;
}
