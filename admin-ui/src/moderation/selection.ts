// The span a moderator selected in the story, as offsets for POST /redact.

export const REDACT_REASON_MAX = 500;

/** Ordered, clamped [start, end) inside a text of `length`, or null for an empty selection. */
export const normaliseSpan = (a: number, b: number, length: number): { start: number; end: number } | null => {
    if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
    const start = Math.max(0, Math.min(a, b, length));
    const end = Math.min(length, Math.max(a, b, 0));
    return end > start ? { start, end } : null;
};

/** The story as it will read after the redaction (what the server does too). */
export const previewRedaction = (story: string, start: number, end: number, marker = '[entfernt]'): string =>
    story.slice(0, start) + marker + story.slice(end);

/** A redaction reason is required and at most 500 characters. */
export const redactReasonError = (reason: string): 'required' | 'too_long' | null => {
    const trimmed = reason.trim();
    if (!trimmed) return 'required';
    return trimmed.length > REDACT_REASON_MAX ? 'too_long' : null;
};
