import { contentTypeOf, importFormatOf, importReducer, importUrl, progressPercent, type ImportState } from './importRequest';
import type { ImportResult } from './ndjson';

const RESULT: ImportResult = { type: 'result', total: 3, accepted: 2, unchanged: 0, refused: [], ids: ['a', 'b'] };

describe('import request', () => {
    it('takes the format from the file extension', () => {
        expect(importFormatOf('postkarten.csv')).toBe('csv');
        expect(importFormatOf('Postkarten.CSV')).toBe('csv');
        expect(importFormatOf('orte.geojson')).toBe('geojson');
        expect(importFormatOf('orte.json')).toBe('geojson');
        expect(importFormatOf('orte.xlsx')).toBeNull();
        expect(importFormatOf('csv')).toBeNull();
    });

    it('sends the matching content type and query', () => {
        expect(contentTypeOf('csv')).toBe('text/csv');
        expect(contentTypeOf('geojson')).toBe('application/geo+json');
        expect(importUrl('csv', 'event')).toBe('/api/imports?format=csv&channel=event');
        expect(importUrl('geojson', 'import')).toBe('/api/imports?format=geojson&channel=import');
    });
});

describe('import state', () => {
    const running = importReducer({ phase: 'idle' }, { type: 'start' });

    it('follows progress to the result', () => {
        expect(running).toEqual({ phase: 'running', processed: 0, total: 0 });
        expect(progressPercent(running)).toBeNull();
        const half = importReducer(running, { type: 'progress', processed: 50, total: 200 });
        expect(progressPercent(half)).toBe(25);
        const done = importReducer(half, RESULT);
        expect(done).toEqual({ phase: 'done', result: RESULT });
        expect(progressPercent(done)).toBeNull();
    });

    it('ends with the error line or a failure of the request', () => {
        expect(importReducer(running, { type: 'error', message: 'Zeile 1: Spalte lat fehlt' })).toEqual({ phase: 'failed', message: 'Zeile 1: Spalte lat fehlt' });
        expect(importReducer(running, { type: 'fail', message: 'HTTP 500' })).toEqual({ phase: 'failed', message: 'HTTP 500' });
    });

    it('ignores messages once the import has ended, and caps the progress', () => {
        const done: ImportState = { phase: 'done', result: RESULT };
        expect(importReducer(done, { type: 'progress', processed: 1, total: 2 })).toBe(done);
        expect(importReducer(done, { type: 'fail', message: 'x' })).toBe(done);
        expect(importReducer({ phase: 'idle' }, RESULT)).toEqual({ phase: 'idle' });
        expect(progressPercent({ phase: 'running', processed: 5, total: 3 })).toBe(100);
        expect(importReducer(done, { type: 'reset' })).toEqual({ phase: 'idle' });
    });
});
