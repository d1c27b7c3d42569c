import { createNdjsonParser, readNdjson, toImportMessage } from './ndjson';

const LINES = [
    { type: 'progress', processed: 1, total: 3 },
    { type: 'progress', processed: 3, total: 3 },
    { type: 'result', total: 3, accepted: 2, unchanged: 0, refused: [{ row: 3, externalId: 'P-3', errors: ['lat fehlt'] }], ids: ['a', 'b'] },
];
const TEXT = LINES.map((l) => JSON.stringify(l)).join('\n') + '\n';

/** Every way of cutting `text` into two chunks gives the same lines. */
describe('ndjson parser', () => {
    it('parses whole lines and keeps the incomplete rest', () => {
        const parser = createNdjsonParser();
        expect(parser.push('{"a":1}\n{"b":')).toEqual([{ a: 1 }]);
        expect(parser.push('2}\n')).toEqual([{ b: 2 }]);
        expect(parser.end()).toEqual([]);
    });

    it('gives the same lines however the text is split', () => {
        for (let i = 0; i <= TEXT.length; i++) {
            const parser = createNdjsonParser();
            const values = [...parser.push(TEXT.slice(0, i)), ...parser.push(TEXT.slice(i)), ...parser.end()];
            expect(values).toEqual(LINES);
        }
    });

    it('gives the same lines when every character is a chunk', () => {
        const parser = createNdjsonParser();
        const values = [...TEXT].flatMap((c) => parser.push(c));
        expect([...values, ...parser.end()]).toEqual(LINES);
    });

    it('takes a last line without newline, CRLF and blank lines, and skips lines that are not JSON', () => {
        const parser = createNdjsonParser();
        const values = [...parser.push('{"a":1}\r\n\r\n  \nkein json\n{"b":2}'), ...parser.end()];
        expect(values).toEqual([{ a: 1 }, { b: 2 }]);
        expect(parser.invalid).toBe(1);
        expect(parser.end()).toEqual([]);
    });
});

const streamOf = (chunks: Uint8Array[]) =>
    new ReadableStream<Uint8Array>({
        start(controller) {
            chunks.forEach((c) => controller.enqueue(c));
            controller.close();
        },
    });

describe('readNdjson', () => {
    it('decodes UTF-8 characters split between chunks', async () => {
        const bytes = new TextEncoder().encode(JSON.stringify({ type: 'error', message: 'Datei enthält „Ümlaute“ 💚' }) + '\n' + JSON.stringify({ x: 1 }));
        for (const cut of [1, 30, 35, 36, 37, 38, 50, bytes.length - 1]) {
            const values: unknown[] = [];
            await readNdjson(streamOf([bytes.slice(0, cut), bytes.slice(cut)]), (v) => values.push(v));
            expect(values).toEqual([{ type: 'error', message: 'Datei enthält „Ümlaute“ 💚' }, { x: 1 }]);
        }
    });

    it('reports each line as soon as its chunk arrives', async () => {
        const encoder = new TextEncoder();
        const seen: unknown[] = [];
        await readNdjson(streamOf([encoder.encode('{"n":1}\n{"n"'), encoder.encode(':2}\n'), encoder.encode('{"n":3}')]), (v) => seen.push(v));
        expect(seen).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    });
});

describe('import messages', () => {
    it('normalises progress, result and error lines', () => {
        expect(toImportMessage(LINES[0])).toEqual(LINES[0]);
        expect(toImportMessage(LINES[2])).toEqual(LINES[2]);
        expect(toImportMessage({ type: 'error', message: 'kaputt' })).toEqual({ type: 'error', message: 'kaputt' });
    });

    it('fills what is missing and ignores what is not a message', () => {
        expect(toImportMessage({ type: 'progress' })).toEqual({ type: 'progress', processed: 0, total: 0 });
        expect(toImportMessage({ type: 'result', refused: [{ row: 2, externalId: '', errors: 'Pflichtfeld' }, 'x'] })).toEqual({
            type: 'result',
            total: 0,
            accepted: 0,
            unchanged: 0,
            refused: [{ row: 2, externalId: null, errors: ['Pflichtfeld'] }],
            ids: [],
        });
        expect(toImportMessage({ type: 'error' })).toEqual({ type: 'error', message: '' });
        expect(toImportMessage({ type: 'other' })).toBeNull();
        expect(toImportMessage([1])).toBeNull();
        expect(toImportMessage(null)).toBeNull();
    });
});
