import { isEntryStatus, type EntryStatus } from '../types';

// One colour per moderation status (MUI palette tones), shared by the status
// chip and the row marker so both tell the same story.
export const STATUS_COLORS: Record<EntryStatus, string> = {
    pending: '#ed6c02', // orange: waits for a moderator
    approved: '#2e7d32', // green: public
    rejected: '#d32f2f', // red
    on_hold: '#0288d1', // blue: parked, needs a second look
};

export const FALLBACK_STATUS_COLOR = '#9e9e9e';

export const statusColor = (status: unknown): string =>
    isEntryStatus(status) ? STATUS_COLORS[status] : FALLBACK_STATUS_COLOR;
