/** Pure: from when contact data must be gone, or null while no campaign end is configured. */
export function retentionCutoff(campaignEnd: Date | null, retentionDays: number): Date | null {
  if (!campaignEnd) return null;
  return new Date(campaignEnd.getTime() + retentionDays * 86_400_000);
}

/** Pure: is the retention period over at `now`? */
export function retentionOver(campaignEnd: Date | null, retentionDays: number, now: Date): boolean {
  const cutoff = retentionCutoff(campaignEnd, retentionDays);
  return cutoff !== null && now.getTime() >= cutoff.getTime();
}
