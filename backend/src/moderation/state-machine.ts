import type { EntryStatus } from '../entries/entry.entity';

export const MODERATION_ACTIONS = ['approve', 'reject', 'hold', 'reopen'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const REASON_CODES = ['netiquette', 'personal_data', 'advertising', 'not_in_dortmund', 'duplicate', 'off_topic', 'other'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * The moderation state machine: pending → approved | rejected | on_hold; on_hold → approved | rejected;
 * approved | rejected → pending (reopen); approved → rejected (unpublish, with a reason).
 */
const TRANSITIONS: Record<ModerationAction, { from: readonly EntryStatus[]; to: EntryStatus }> = {
  approve: { from: ['pending', 'on_hold'], to: 'approved' },
  reject: { from: ['pending', 'on_hold', 'approved'], to: 'rejected' },
  hold: { from: ['pending'], to: 'on_hold' },
  reopen: { from: ['approved', 'rejected'], to: 'pending' },
};

export function allowedFrom(action: ModerationAction): readonly EntryStatus[] {
  return TRANSITIONS[action].from;
}

export function targetStatus(action: ModerationAction): EntryStatus {
  return TRANSITIONS[action].to;
}

/** The status an action leads to from `from`, or null when the transition is not allowed. */
export function transition(from: EntryStatus, action: ModerationAction): EntryStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(from) ? t.to : null;
}

export function notAllowedMessage(from: EntryStatus, action: ModerationAction): string {
  return `"${action}" is not allowed for an entry that is ${from}; allowed from: ${TRANSITIONS[action].from.join(', ')}`;
}
