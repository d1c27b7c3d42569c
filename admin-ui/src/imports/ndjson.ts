// Newline-delimited JSON (application/x-ndjson) as the import endpoint streams
// it: progress lines, then one result or error line. Chunks of a stream split
// lines (and UTF-8 characters) anywhere; the parser keeps the rest of a line
// until its newline arrives. No framework imports (ndjson.spec.ts).

export interface ImportProgress {
    type: 'progress';
    processed: number;
    total: number;
}

export interface RefusedRow {
    /** Row number in the file (as the server counts it). */
    row: number;
    externalId: string | null;
    errors: string[];
}

export interface ImportResult {
    type: 'result';
    total: number;
    accepted: number;
    unchanged: number;
    refused: RefusedRow[];
    ids: string[];
}

export interface ImportFailure {
    type: 'error';
    message: string;
}

export type ImportMessage = ImportProgress | ImportResult | ImportFailure;

export interface NdjsonParser {
    /** The complete lines of `chunk` (with what was left over before), parsed; the last, incomplete line is kept. */
    push(chunk: string): unknown[];
    /** The last line, when the stream ended without a newline. */
    end(): unknown[];
    /** Lines that were not JSON (skipped). */
    readonly invalid: number;
}

export const createNdjsonParser = (): NdjsonParser => {
    let rest = '';
    let invalid = 0;
    const parse = (lines: string[]): unknown[] => {
        const values: unknown[] = [];
        for (const raw of lines) {
            const line = raw.trim();
            if (!line) continue;
            try {
                values.push(JSON.parse(line));
            } catch {
                invalid += 1;
            }
        }
        return values;
    };
    return {
        push(chunk) {
            const lines = (rest + chunk).split('\n');
            rest = lines.pop() ?? '';
            return parse(lines);
        },
        end() {
            const last = rest;
            rest = '';
            return parse([last]);
        },
        get invalid() {
            return invalid;
        },
    };
};

/** Reads a byte stream line by line, calling `onValue` with each parsed line as soon as it is complete. */
export const readNdjson = async (body: ReadableStream<Uint8Array>, onValue: (value: unknown) => void): Promise<void> => {
    const reader = body.getReader();
    const decoder = new TextDecoder('utf-8');
    const parser = createNdjsonParser();
    for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.push(decoder.decode(value, { stream: true })).forEach(onValue);
    }
    parser.push(decoder.decode()).forEach(onValue);
    parser.end().forEach(onValue);
};

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const refusedRow = (value: unknown): RefusedRow | null => {
    if (!isObject(value)) return null;
    const errors = Array.isArray(value.errors) ? value.errors.map(String) : typeof value.errors === 'string' ? [value.errors] : [];
    return {
        row: count(value.row),
        externalId: value.externalId === undefined || value.externalId === null || value.externalId === '' ? null : String(value.externalId),
        errors,
    };
};

/** A parsed line as an import message (missing numbers as 0), or null when it is none. */
export const toImportMessage = (value: unknown): ImportMessage | null => {
    if (!isObject(value)) return null;
    switch (value.type) {
        case 'progress':
            return { type: 'progress', processed: count(value.processed), total: count(value.total) };
        case 'result':
            return {
                type: 'result',
                total: count(value.total),
                accepted: count(value.accepted),
                unchanged: count(value.unchanged),
                refused: (Array.isArray(value.refused) ? value.refused : []).map(refusedRow).filter((r): r is RefusedRow => r !== null),
                ids: Array.isArray(value.ids) ? value.ids.map(String) : [],
            };
        case 'error':
            return { type: 'error', message: typeof value.message === 'string' && value.message ? value.message : '' };
        default:
            return null;
    }
};
