// Which moderation action is allowed from which status (shared/API.md), so that
// the console only offers what the server will accept. Plain data: no imports
// beyond the record types.
import { MODERATION_ACTIONS, type EntryStatus, type ModerationAction } from '../types';

export const TRANSITIONS: Record<ModerationAction, { from: readonly EntryStatus[]; to: EntryStatus }> = {
    approve: { from: ['pending', 'on_hold'], to: 'approved' },
    reject: { from: ['pending', 'on_hold', 'approved'], to: 'rejected' },
    hold: { from: ['pending'], to: 'on_hold' },
    reopen: { from: ['approved', 'rejected'], to: 'pending' },
};

/** The statuses the moderation queue holds. */
export const QUEUE_STATUSES: readonly EntryStatus[] = ['pending', 'on_hold'];

/** The status `action` leads to from `from`, or null when the server would refuse it (422). */
export const targetStatus = (from: EntryStatus | null | undefined, action: ModerationAction): EntryStatus | null => {
    const transition = TRANSITIONS[action];
    return from && transition.from.includes(from) ? transition.to : null;
};

export const canModerate = (from: EntryStatus | null | undefined, action: ModerationAction): boolean =>
    targetStatus(from, action) !== null;

/** The actions offered for an entry in `status`, in button order. */
export const allowedActions = (status: EntryStatus | null | undefined): ModerationAction[] =>
    MODERATION_ACTIONS.filter((action) => canModerate(status, action));

/** Rejecting always needs a reason code; the other actions may carry one. */
export const needsReason = (action: ModerationAction): boolean => action === 'reject';

export const isQueueStatus = (status: EntryStatus | null | undefined): boolean =>
    !!status && QUEUE_STATUSES.includes(status);
