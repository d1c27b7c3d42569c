import { berlinOffsetMs, fromBerlin, wallClockMs } from './berlin-time';

describe('Berlin time', () => {
  it('knows summer and winter time, switching at 01:00 UTC on the last Sundays of March and October', () => {
    expect(berlinOffsetMs(Date.parse('2026-01-15T12:00:00Z'))).toBe(3_600_000);
    expect(berlinOffsetMs(Date.parse('2026-07-15T12:00:00Z'))).toBe(7_200_000);
    expect(berlinOffsetMs(Date.parse('2026-03-29T00:59:59Z'))).toBe(3_600_000);
    expect(berlinOffsetMs(Date.parse('2026-03-29T01:00:00Z'))).toBe(7_200_000);
    expect(berlinOffsetMs(Date.parse('2026-10-25T00:59:59Z'))).toBe(7_200_000);
    expect(berlinOffsetMs(Date.parse('2026-10-25T01:00:00Z'))).toBe(3_600_000);
  });

  it('turns wall-clock time into the instant', () => {
    expect(new Date(fromBerlin(Date.UTC(2026, 0, 15))).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(new Date(fromBerlin(Date.UTC(2026, 6, 15, 10))).toISOString()).toBe('2026-07-15T08:00:00.000Z');
    // the day the clocks go back: late evening is winter time already
    expect(new Date(fromBerlin(Date.UTC(2026, 9, 25, 23, 59, 59))).toISOString()).toBe('2026-10-25T22:59:59.000Z');
  });

  it('refuses dates and times that do not exist', () => {
    expect(wallClockMs(2026, 2, 28, 23, 59, 59)).toBe(Date.UTC(2026, 1, 28, 23, 59, 59));
    expect(wallClockMs(2026, 2, 30)).toBeNull();
    expect(wallClockMs(2026, 13, 1)).toBeNull();
    expect(wallClockMs(2026, 7, 15, 25)).toBeNull();
  });
});
