import { formatRelativeTime, relativeTimeParts } from './relativeTime';

const now = Date.parse('2025-06-10T12:00:00Z');
const ago = (ms: number) => now - ms;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('relative time', () => {
    it('picks a unit that reads naturally', () => {
        expect(relativeTimeParts(ago(30_000), now)).toEqual({ value: -30, unit: 'second' });
        expect(relativeTimeParts(ago(5 * MIN), now)).toEqual({ value: -5, unit: 'minute' });
        expect(relativeTimeParts(ago(3 * HOUR + 10 * MIN), now)).toEqual({ value: -3, unit: 'hour' });
        expect(relativeTimeParts(ago(3 * DAY), now)).toEqual({ value: -3, unit: 'day' });
        expect(relativeTimeParts(ago(20 * DAY), now)).toEqual({ value: -2, unit: 'week' });
        expect(relativeTimeParts(ago(90 * DAY), now)).toEqual({ value: -3, unit: 'month' });
        expect(relativeTimeParts(ago(800 * DAY), now)).toEqual({ value: -2, unit: 'year' });
        expect(relativeTimeParts(now + 2 * HOUR, now)).toEqual({ value: 2, unit: 'hour' });
    });

    it('formats in German and English', () => {
        const iso = new Date(ago(3 * DAY)).toISOString();
        expect(formatRelativeTime(iso, now, 'de-DE')).toBe('vor 3 Tagen');
        expect(formatRelativeTime(iso, now, 'en-GB')).toBe('3 days ago');
        expect(formatRelativeTime(new Date(ago(DAY)).toISOString(), now, 'de-DE')).toBe('gestern');
        expect(formatRelativeTime(new Date(now).toISOString(), now, 'de-DE')).toBe('jetzt');
    });

    it('returns nothing for a missing or invalid date', () => {
        expect(formatRelativeTime(null, now, 'de-DE')).toBe('');
        expect(formatRelativeTime('not a date', now, 'de-DE')).toBe('');
    });
});
