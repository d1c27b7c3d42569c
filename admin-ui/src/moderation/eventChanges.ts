// What an audit event changed, in a shape the timeline can print: field edits
// as from → to, a redaction as the removed span.

export type ChangeLine =
    | { kind: 'field'; field: string; from: string; to: string }
    | { kind: 'redact'; start: number; end: number; removedLength: number };

const MAX_VALUE_LENGTH = 120;

/** A changed value as short text: '' for nothing, long text cut with an ellipsis. */
export const valueText = (value: unknown, max = MAX_VALUE_LENGTH): string => {
    if (value === null || value === undefined) return '';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
    !!value && typeof value === 'object' && !Array.isArray(value);

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

export const describeChanges = (action: string, changes: unknown): ChangeLine[] => {
    if (!isRecord(changes)) return [];
    if (action === 'redact' && isRecord(changes.story)) {
        const { start, end, removedLength } = changes.story;
        if (isInt(start) && isInt(end)) {
            return [{ kind: 'redact', start, end, removedLength: isInt(removedLength) ? removedLength : end - start }];
        }
    }
    return Object.entries(changes).flatMap(([field, change]): ChangeLine[] =>
        isRecord(change) && ('from' in change || 'to' in change)
            ? [{ kind: 'field', field, from: valueText(change.from), to: valueText(change.to) }]
            : [],
    );
};
