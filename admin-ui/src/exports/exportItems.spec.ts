import { exportItems } from './exportItems';

describe('export menu items', () => {
    it('offers the three formats of a kind, the heading on the first only', () => {
        const items = exportItems('entries', { districtId: 'hoerde', q: '' }, 'herzensorte.exports.group_entries');
        expect(items.map((i) => [i.id, i.label, i.filename, i.group])).toEqual([
            ['entries-csv', 'herzensorte.exports.csv_excel', 'herzensorte-eintraege.csv', 'herzensorte.exports.group_entries'],
            ['entries-csv-comma', 'herzensorte.exports.csv_comma', 'herzensorte-eintraege.csv', undefined],
            ['entries-geojson', 'herzensorte.exports.geojson', 'herzensorte-eintraege.geojson', undefined],
        ]);
        expect(items[1].url).toBe(`/api/exports/entries.csv?filter=${encodeURIComponent('{"districtId":"hoerde"}')}&delimiter=%2C`);
    });

    it('gives the district exports no filter and no heading unless asked', () => {
        expect(exportItems('districts', { status: 'approved' }).map((i) => [i.url, i.group])).toEqual([
            ['/api/exports/districts.csv', undefined],
            ['/api/exports/districts.csv?delimiter=%2C', undefined],
            ['/api/exports/districts.geojson', undefined],
        ]);
    });
});
