import { countBy, filterEntries, foldText, isFiltered, parseEntryCollection, type PublicEntry } from './filters';

const feature = (id: string, props: Record<string, unknown>, coordinates: unknown = [7.5, 51.5]) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: { id, placeName: `Ort ${id}`, story: 'Geschichte', firstName: null, districtId: 'hoerde', themes: [], ...props },
});

describe('parseEntryCollection', () => {
    it('reads the public GeoJSON', () => {
        const entries = parseEntryCollection({
            type: 'FeatureCollection',
            features: [feature('a', { firstName: 'Ayşe', themes: ['wasser', 7] }), feature('b', { districtId: null })],
        });
        expect(entries).toEqual([
            { id: 'a', placeName: 'Ort a', story: 'Geschichte', firstName: 'Ayşe', districtId: 'hoerde', themes: ['wasser'], lon: 7.5, lat: 51.5 },
            { id: 'b', placeName: 'Ort b', story: 'Geschichte', firstName: null, districtId: null, themes: [], lon: 7.5, lat: 51.5 },
        ]);
    });

    it('drops features without a point or id and survives junk', () => {
        expect(parseEntryCollection({ features: [feature('a', {}, null), feature('b', {}, ['x', 1]), null, { properties: {} }] })).toEqual([]);
        expect(parseEntryCollection(null)).toEqual([]);
        expect(parseEntryCollection({ message: 'Internal server error' })).toEqual([]);
    });
});

const entry = (id: string, overrides: Partial<PublicEntry>): PublicEntry => ({
    id,
    placeName: `Ort ${id}`,
    story: '',
    firstName: null,
    districtId: null,
    themes: [],
    lon: 7.5,
    lat: 51.5,
    ...overrides,
});

const entries = [
    entry('1', { districtId: 'hoerde', themes: ['wasser', 'natur'], placeName: 'Phoenix-See', story: 'Enten füttern' }),
    entry('2', { districtId: 'hoerde', themes: ['geschichte'], placeName: 'Hörder Burg' }),
    entry('3', { districtId: 'innenstadt-west', themes: ['kultur', 'aussicht'], placeName: 'Dortmunder U', firstName: 'Jörg' }),
    entry('4', { districtId: 'innenstadt-ost', themes: ['natur'], placeName: 'Westfalenpark' }),
];

const ids = (list: PublicEntry[]) => list.map((e) => e.id);

describe('filterEntries', () => {
    it('returns everything without a filter (as a copy)', () => {
        const all = filterEntries(entries, {});
        expect(ids(all)).toEqual(['1', '2', '3', '4']);
        expect(all).not.toBe(entries);
    });

    it('filters by district, theme and both', () => {
        expect(ids(filterEntries(entries, { districtId: 'hoerde' }))).toEqual(['1', '2']);
        expect(ids(filterEntries(entries, { theme: 'natur' }))).toEqual(['1', '4']);
        expect(ids(filterEntries(entries, { districtId: 'hoerde', theme: 'natur' }))).toEqual(['1']);
        expect(ids(filterEntries(entries, { districtId: 'eving' }))).toEqual([]);
    });

    it('searches text without regard to case and accents', () => {
        expect(ids(filterEntries(entries, { q: 'horder' }))).toEqual(['2']);
        expect(ids(filterEntries(entries, { q: 'ENTEN phoenix' }))).toEqual(['1']);
        expect(ids(filterEntries(entries, { q: 'jorg' }))).toEqual(['3']);
        expect(ids(filterEntries(entries, { q: '   ' }))).toEqual(['1', '2', '3', '4']);
    });

    it('keeps the order of the collection (newest first from the API)', () => {
        expect(ids(filterEntries([...entries].reverse(), { theme: 'natur' }))).toEqual(['4', '1']);
    });

    it('stays fast for thousands of entries', () => {
        const many = Array.from({ length: 20000 }, (_, i) => entry(String(i), { districtId: i % 2 ? 'hoerde' : 'eving', themes: i % 3 ? ['natur'] : [] }));
        const start = Date.now();
        expect(filterEntries(many, { districtId: 'hoerde', theme: 'natur' }).length).toBe(6667);
        expect(Date.now() - start).toBeLessThan(500);
    });
});

describe('helpers', () => {
    it('counts per key', () => {
        expect(countBy(entries, (e) => e.themes)).toEqual(new Map([['wasser', 1], ['natur', 2], ['geschichte', 1], ['kultur', 1], ['aussicht', 1]]));
        expect(countBy(entries, (e) => [e.districtId]).get('hoerde')).toBe(2);
    });

    it('folds text', () => {
        expect(foldText('Hörde ÄÖÜ Café')).toBe('horde aou cafe');
    });

    it('knows whether a filter is set', () => {
        expect(isFiltered({})).toBe(false);
        expect(isFiltered({ q: '  ' })).toBe(false);
        expect(isFiltered({ theme: 'natur' })).toBe(true);
    });
});
