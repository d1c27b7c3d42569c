import { retentionCutoff, retentionOver } from './retention';

describe('retention of contact data', () => {
  const end = new Date('2026-09-30T22:00:00Z');
  it('ends RETENTION_DAYS after the campaign end', () => {
    expect(retentionCutoff(end, 90)?.toISOString()).toBe('2026-12-29T22:00:00.000Z');
    expect(retentionOver(end, 90, new Date('2026-12-29T21:59:59Z'))).toBe(false);
    expect(retentionOver(end, 90, new Date('2026-12-29T22:00:00Z'))).toBe(true);
    expect(retentionOver(end, 0, end)).toBe(true);
  });
  it('never ends without a campaign end', () => {
    expect(retentionCutoff(null, 90)).toBeNull();
    expect(retentionOver(null, 0, new Date())).toBe(false);
  });
});
