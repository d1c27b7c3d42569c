// Undo of a moderation decision. Decisions are sent at once (the queue and the
// counters stay true for everybody); undo sends the inverse transition(s), e.g.
// approve → reopen, so the audit trail shows both steps. The inverse is the
// shortest path back through the state machine whose intermediate steps only
// pass through `pending`: going back never publishes or rejects an entry on
// the way. When no such path exists (hold: on_hold → pending is not an allowed
// transition) nothing is sent and the entry is simply shown again, still
// decidable, so the moderator can take the right decision directly.
import { MODERATION_ACTIONS, type EntryStatus, type ModerationAction } from '../types';
import { needsReason, targetStatus } from './transitions';

export interface Decision {
    action: ModerationAction;
    fromStatus: EntryStatus;
    toStatus: EntryStatus;
    /** The reason of this decision, or for a reopen the reason of the rejection it lifted. */
    reasonCode?: string | null;
}

export interface UndoStep {
    action: ModerationAction;
    reasonCode?: string;
}

export interface UndoPlan {
    steps: UndoStep[];
    /** False when the previous status cannot be restored (the entry stays `toStatus`). */
    restores: boolean;
}

/** Reason used to re-reject when the original reason is unknown. */
export const FALLBACK_REASON = 'other';

export const undoPlan = (decision: Decision): UndoPlan => {
    const { fromStatus, toStatus } = decision;
    if (fromStatus === toStatus) return { steps: [], restores: true };
    // Breadth-first search; intermediate states may only be `pending`.
    const queue: { status: EntryStatus; path: ModerationAction[] }[] = [{ status: toStatus, path: [] }];
    const seen = new Set<EntryStatus>([toStatus]);
    while (queue.length) {
        const { status, path } = queue.shift()!;
        for (const action of MODERATION_ACTIONS) {
            const next = targetStatus(status, action);
            if (!next || seen.has(next)) continue;
            const nextPath = [...path, action];
            if (next === fromStatus) {
                return {
                    steps: nextPath.map((a) =>
                        needsReason(a) ? { action: a, reasonCode: decision.reasonCode ?? FALLBACK_REASON } : { action: a },
                    ),
                    restores: true,
                };
            }
            if (next !== 'pending') continue;
            seen.add(next);
            queue.push({ status: next, path: nextPath });
        }
    }
    return { steps: [], restores: false };
};
