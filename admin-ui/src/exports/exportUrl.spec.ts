import { cleanFilter, defaultFilename, exportUrl, filenameFromDisposition, safeFilename } from './exportUrl';

const query = (url: string) => new URLSearchParams(url.slice(url.indexOf('?') + 1));

describe('export URLs', () => {
    it('sends the list filter as JSON', () => {
        const url = exportUrl('entries', 'csv', { status: ['approved'], q: 'See' });
        expect(url.startsWith('/api/exports/entries.csv?')).toBe(true);
        expect(JSON.parse(query(url).get('filter')!)).toEqual({ status: ['approved'], q: 'See' });
        expect(query(url).has('delimiter')).toBe(false);
    });

    it('adds delimiter=, for the comma variant and encodes it', () => {
        const url = exportUrl('entries', 'csv-comma', { districtId: 'hoerde', status: 'approved' });
        expect(url).toContain('delimiter=%2C');
        expect(query(url).get('delimiter')).toBe(',');
        expect(JSON.parse(query(url).get('filter')!)).toEqual({ districtId: 'hoerde', status: 'approved' });
    });

    it('builds GeoJSON URLs, an empty filter without list values', () => {
        expect(exportUrl('entries', 'geojson', undefined)).toBe(`/api/exports/entries.geojson?filter=${encodeURIComponent('{}')}`);
        expect(exportUrl('entries', 'geojson', { q: '' })).toBe(`/api/exports/entries.geojson?filter=${encodeURIComponent('{}')}`);
    });

    it('gives the district exports no filter', () => {
        expect(exportUrl('districts', 'geojson', { status: 'approved' })).toBe('/api/exports/districts.geojson');
        expect(exportUrl('districts', 'csv')).toBe('/api/exports/districts.csv');
        expect(exportUrl('districts', 'csv-comma')).toBe('/api/exports/districts.csv?delimiter=%2C');
    });

    it('encodes characters that would break the query string', () => {
        const url = exportUrl('entries', 'csv', { q: 'Kaffee & Kuchen #1 +' });
        expect(JSON.parse(query(url).get('filter')!)).toEqual({ q: 'Kaffee & Kuchen #1 +' });
        expect(url).not.toContain('#');
    });
});

describe('cleanFilter', () => {
    it('drops the values a cleared filter field leaves behind', () => {
        expect(cleanFilter({ q: '', status: [], districtId: null, flagged: false, channel: undefined, theme: 'natur' })).toEqual({
            flagged: false,
            theme: 'natur',
        });
        expect(cleanFilter(undefined)).toEqual({});
        expect(cleanFilter(null)).toEqual({});
    });
});

describe('file names', () => {
    it('takes the quoted filename of Content-Disposition', () => {
        expect(filenameFromDisposition('attachment; filename="herzensorte-eintraege.csv"', 'x.csv')).toBe('herzensorte-eintraege.csv');
        expect(filenameFromDisposition('attachment; filename="a \\"b\\".csv"', 'x.csv')).toBe('a _b_.csv');
    });

    it('prefers filename* (UTF-8, percent-encoded)', () => {
        expect(
            filenameFromDisposition(`attachment; filename="eintraege.csv"; filename*=UTF-8''Eintr%C3%A4ge%20H%C3%B6rde.csv`, 'x.csv'),
        ).toBe('Einträge Hörde.csv');
        // malformed encoding: the plain parameter
        expect(filenameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename="ok.csv"`, 'x.csv')).toBe('ok.csv');
    });

    it('accepts an unquoted filename and falls back without one', () => {
        expect(filenameFromDisposition('attachment; filename=daten.geojson', 'x')).toBe('daten.geojson');
        expect(filenameFromDisposition('attachment', 'fallback.csv')).toBe('fallback.csv');
        expect(filenameFromDisposition(null, 'fallback.csv')).toBe('fallback.csv');
        expect(filenameFromDisposition(undefined, 'fallback.csv')).toBe('fallback.csv');
    });

    it('never lets the server choose a path', () => {
        expect(filenameFromDisposition('attachment; filename="../../etc/passwd"', 'x.csv')).toBe('passwd');
        expect(filenameFromDisposition('attachment; filename="..\\\\win.ini"', 'x.csv')).toBe('win.ini');
        expect(safeFilename('..', 'x.csv')).toBe('x.csv');
        expect(safeFilename('', 'x.csv')).toBe('x.csv');
    });

    it('has sensible defaults', () => {
        expect(defaultFilename('entries', 'csv')).toBe('herzensorte-eintraege.csv');
        expect(defaultFilename('entries', 'csv-comma')).toBe('herzensorte-eintraege.csv');
        expect(defaultFilename('districts', 'geojson')).toBe('herzensorte-stadtbezirke.geojson');
    });
});
