// "vor 3 Tagen": the age of the oldest waiting entry, in the console's language.

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The value and unit that read naturally for the distance from `now` to `then` (negative: past). */
export const relativeTimeParts = (then: number, now: number): { value: number; unit: RelativeUnit } => {
    const diff = then - now;
    const abs = Math.abs(diff);
    const sign = diff < 0 ? -1 : 1;
    const pick = (size: number, unit: RelativeUnit) => ({ value: sign * Math.floor(abs / size), unit });
    if (abs < MINUTE) return pick(SECOND, 'second');
    if (abs < HOUR) return pick(MINUTE, 'minute');
    if (abs < DAY) return pick(HOUR, 'hour');
    if (abs < 14 * DAY) return pick(DAY, 'day');
    if (abs < 60 * DAY) return pick(7 * DAY, 'week');
    if (abs < 365 * DAY) return pick(30 * DAY, 'month');
    return pick(365 * DAY, 'year');
};

/** `iso` relative to `now`, e.g. "vor 3 Tagen" (de-DE) or "3 days ago" (en-GB); '' for no or an invalid date. */
export const formatRelativeTime = (iso: string | null | undefined, now: number, locale: string): string => {
    const then = iso ? Date.parse(iso) : Number.NaN;
    if (!Number.isFinite(then)) return '';
    const { value, unit } = relativeTimeParts(then, now);
    // `numeric: 'auto'` says "gestern" and "jetzt"; +0 because -0 would read "vor 0 Sekunden".
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value === 0 ? 0 : value, unit);
};
