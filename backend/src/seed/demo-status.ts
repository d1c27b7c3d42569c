import type { EntryStatus } from '../entries/entry.entity';

/**
 * Pure: the moderation state a demo entry has reached. Problem entries are mostly rejected,
 * recent entries (the last `recentDays` of the campaign) are still waiting, older ones were decided.
 * `r` is a uniform random number in [0, 1).
 */
export function demoStatus(opts: { problem: string | null; submittedAt: Date; campaignEnd: Date; r: number; recentDays?: number }): EntryStatus {
  const { problem, r } = opts;
  const ageDays = (opts.campaignEnd.getTime() - opts.submittedAt.getTime()) / 86_400_000;
  const recent = ageDays < (opts.recentDays ?? 10);
  if (problem) return recent || r < 0.35 ? 'pending' : r < 0.9 ? 'rejected' : 'on_hold';
  if (recent) return r < 0.6 ? 'pending' : r < 0.95 ? 'approved' : 'on_hold';
  return r < 0.04 ? 'pending' : r < 0.07 ? 'on_hold' : r < 0.1 ? 'rejected' : 'approved';
}
