// Record shapes and code lists of the API contract (shared/API.md).
// Plain constants only: imported by specs, so no framework imports here.

export const ENTRY_STATUSES = ['pending', 'approved', 'rejected', 'on_hold'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const CHANNELS = ['web', 'event', 'import'] as const;
export type Channel = (typeof CHANNELS)[number];

export const FLAG_CODES = [
    'pii_email',
    'pii_phone',
    'pii_iban',
    'profanity',
    'spam_link',
    'too_short',
    'duplicate',
    'outside_city',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export const THEME_KEYS = [
    'natur',
    'wasser',
    'industriekultur',
    'geschichte',
    'kultur',
    'sport',
    'gastronomie',
    'erinnerung',
    'gemeinschaft',
    'ruhe',
    'aussicht',
    'einkaufen',
] as const;

export const ROLES = ['admin', 'moderator', 'district_viewer'] as const;
export type Role = (typeof ROLES)[number];

export const MODERATION_ACTIONS = ['approve', 'reject', 'hold', 'reopen'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** Everything the audit trail records: the decisions plus edits, redactions and deletions. */
export const EVENT_ACTIONS = [...MODERATION_ACTIONS, 'edit', 'redact', 'delete'] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

export const REASON_CODES = [
    'netiquette',
    'personal_data',
    'advertising',
    'not_in_dortmund',
    'duplicate',
    'off_topic',
    'other',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Flag {
    code: FlagCode | string;
    detail?: string | null;
    /** Character offsets (UTF-16, as String#slice) of the matched text in `story`, if any. */
    start?: number | null;
    end?: number | null;
}

export interface Entry {
    id: string;
    placeName: string;
    story: string;
    address: string | null;
    lon: number;
    lat: number;
    districtId: string | null;
    status: EntryStatus;
    flags: Flag[];
    themes: string[];
    placeId: string | null;
    channel: Channel;
    firstName: string | null;
    submittedAt: string;
    updatedAt: string;
    version: number;
    /** Read-only: who is reviewing the entry right now (email), and until when. */
    claimedBy?: string | null;
    claimedUntil?: string | null;
}

export interface ModerationEvent {
    id: string;
    entryId: string;
    actorId: string | null;
    actorEmail: string | null;
    action: EventAction | string;
    fromStatus: EntryStatus | null;
    toStatus: EntryStatus | null;
    reasonCode: ReasonCode | string | null;
    note: string | null;
    changes: Record<string, unknown> | null;
    createdAt: string;
}

export interface ModerationStats {
    pending: number;
    flagged: number;
    decidedToday: number;
    /** submittedAt of the oldest pending entry. */
    oldestWaiting: string | null;
}

export interface Claim {
    claimedBy: string;
    claimedUntil: string;
}

export interface BulkModerationResult {
    id: string;
    ok: boolean;
    status?: EntryStatus;
    error?: string;
}

export interface DistrictCounts {
    pending: number;
    approved: number;
    rejected: number;
    on_hold: number;
    total: number;
}

export interface District {
    id: string;
    nr: number;
    name: string;
    areaKm2: number;
    population: number | null;
    counts: DistrictCounts;
}

export const isEntryStatus = (value: unknown): value is EntryStatus =>
    typeof value === 'string' && (ENTRY_STATUSES as readonly string[]).includes(value);
