import { demoStatus } from './demo-status';

describe('demoStatus', () => {
  const end = new Date('2026-07-31T22:00:00Z');
  const old = new Date('2026-05-01T10:00:00Z');
  const recent = new Date('2026-07-29T10:00:00Z');
  const share = (fn: (r: number) => string, status: string) => {
    let n = 0;
    for (let i = 0; i < 1000; i++) if (fn(i / 1000) === status) n++;
    return n / 1000;
  };

  it('approves most old clean entries', () => {
    expect(share((r) => demoStatus({ problem: null, submittedAt: old, campaignEnd: end, r }), 'approved')).toBeCloseTo(0.9, 2);
  });

  it('leaves recent entries waiting and never approves problem entries', () => {
    expect(share((r) => demoStatus({ problem: null, submittedAt: recent, campaignEnd: end, r }), 'pending')).toBeCloseTo(0.6, 2);
    expect(share((r) => demoStatus({ problem: 'email', submittedAt: old, campaignEnd: end, r }), 'approved')).toBe(0);
    expect(share((r) => demoStatus({ problem: 'email', submittedAt: old, campaignEnd: end, r }), 'rejected')).toBeCloseTo(0.55, 2);
  });
});
