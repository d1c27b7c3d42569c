// Summary of POST /api/entries/moderate for the notification: how many changed
// and which entries did not, by name.
import type { BulkModerationResult } from '../types';

export interface BulkSummary {
    ok: number;
    failed: { id: string; name: string; error: string }[];
}

export const summariseBulk = (
    results: readonly BulkModerationResult[] | null | undefined,
    nameOf: (id: string) => string | undefined = () => undefined,
): BulkSummary => {
    const list = Array.isArray(results) ? results : [];
    return {
        ok: list.filter((r) => r.ok).length,
        failed: list
            .filter((r) => !r.ok)
            .map((r) => ({ id: String(r.id), name: nameOf(String(r.id)) ?? String(r.id), error: r.error ?? '' })),
    };
};

/** "Westfalenpark: not allowed; Phoenix-See: …" with at most `max` entries named. */
export const failureDetails = (failed: BulkSummary['failed'], max = 5): string => {
    const named = failed.slice(0, max).map((f) => (f.error ? `${f.name}: ${f.error}` : f.name));
    if (failed.length > max) named.push(`… (+${failed.length - max})`);
    return named.join('; ');
};
