import type { EntityManager } from 'typeorm';
import type { EntryStatus } from '../entries/entry.entity';

/** Appends one audit event inside the caller's transaction. */
export async function appendEvent(
  tx: EntityManager,
  e: { entryId: string; actorId: string | null; action: string; fromStatus?: EntryStatus | null; toStatus?: EntryStatus | null; reasonCode?: string | null; note?: string | null; changes?: object | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO moderation_events (entry_id, actor_id, action, from_status, to_status, reason_code, note, changes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [e.entryId, e.actorId, e.action, e.fromStatus ?? null, e.toStatus ?? null, e.reasonCode ?? null, e.note ?? null, e.changes ? JSON.stringify(e.changes) : null],
  );
}

/** Pure: the fields whose value differs, as `{field: {from, to}}` for the audit trail. */
export function changedFields<T extends object>(before: T, after: T, fields: (keyof T)[]): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const f of fields) {
    if (JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null)) changes[String(f)] = { from: before[f] ?? null, to: after[f] ?? null };
  }
  return changes;
}
