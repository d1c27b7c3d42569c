// What the import page sends (POST /api/imports?format=…&channel=…) and how it
// follows the answer. No framework imports (importRequest.spec.ts).

import type { ImportMessage, ImportResult } from './ndjson';

export const IMPORTS_URL = '/api/imports';

export type ImportFormat = 'csv' | 'geojson';
/** `import` for files from partners, `event` for postcards collected at events. */
export const IMPORT_CHANNELS = ['import', 'event'] as const;
export type ImportChannel = (typeof IMPORT_CHANNELS)[number];

export const ACCEPTED_EXTENSIONS = '.csv,.geojson,.json';

/** The format by the file's extension; null for anything else. */
export const importFormatOf = (filename: string): ImportFormat | null => {
    const extension = /\.([^.]+)$/.exec(filename.trim())?.[1]?.toLowerCase();
    if (extension === 'csv') return 'csv';
    if (extension === 'geojson' || extension === 'json') return 'geojson';
    return null;
};

export const contentTypeOf = (format: ImportFormat): string => (format === 'csv' ? 'text/csv' : 'application/geo+json');

export const importUrl = (format: ImportFormat, channel: ImportChannel): string =>
    `${IMPORTS_URL}?${new URLSearchParams({ format, channel }).toString()}`;

export type ImportState =
    | { phase: 'idle' }
    | { phase: 'running'; processed: number; total: number }
    | { phase: 'done'; result: ImportResult }
    | { phase: 'failed'; message: string };

export type ImportEvent = ImportMessage | { type: 'start' } | { type: 'fail'; message: string } | { type: 'reset' };

/** The page's state after `event`; progress after the end is ignored, as is anything once the import has ended. */
export const importReducer = (state: ImportState, event: ImportEvent): ImportState => {
    switch (event.type) {
        case 'start':
            return { phase: 'running', processed: 0, total: 0 };
        case 'reset':
            return { phase: 'idle' };
        case 'progress':
            return state.phase === 'running' ? { phase: 'running', processed: event.processed, total: event.total } : state;
        case 'result':
            return state.phase === 'running' ? { phase: 'done', result: event } : state;
        case 'error':
        case 'fail':
            return state.phase === 'running' ? { phase: 'failed', message: event.message } : state;
        default:
            return state;
    }
};

/** Percent done (0–100) for a determinate progress bar; null while the total is unknown. */
export const progressPercent = (state: ImportState): number | null => {
    if (state.phase !== 'running' || state.total <= 0) return null;
    return Math.min(100, Math.max(0, (state.processed / state.total) * 100));
};
