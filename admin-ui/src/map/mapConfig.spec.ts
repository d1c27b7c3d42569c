import { attributionText, NO_BASEMAP, parseMapConfig } from './mapConfig';

describe('map config', () => {
    it('takes an http(s) style URL', () => {
        expect(parseMapConfig({ mapStyleUrl: 'https://tiles.openfreemap.org/styles/liberty' })).toEqual({
            mapStyleUrl: 'https://tiles.openfreemap.org/styles/liberty',
        });
        expect(parseMapConfig({ mapStyleUrl: '/styles/local.json' }).mapStyleUrl).toBe('/styles/local.json');
    });

    it('means no basemap for anything else', () => {
        expect(parseMapConfig({ mapStyleUrl: null })).toEqual(NO_BASEMAP);
        expect(parseMapConfig({ mapStyleUrl: '' })).toEqual(NO_BASEMAP);
        expect(parseMapConfig({ mapStyleUrl: 'javascript:alert(1)' })).toEqual(NO_BASEMAP);
        expect(parseMapConfig({ statusCode: 404, message: 'Cannot GET' })).toEqual(NO_BASEMAP);
        expect(parseMapConfig(null)).toEqual(NO_BASEMAP);
    });
});

describe('basemap attribution', () => {
    it('turns the sources\u2019 HTML into plain text without duplicates', () => {
        expect(
            attributionText([
                '<a href="https://openfreemap.org" target="_blank">OpenFreeMap</a> <a href="https://www.openmaptiles.org/">&copy; OpenMapTiles</a> Data from <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
                undefined,
                '<a href="https://openfreemap.org" target="_blank">OpenFreeMap</a> <a href="https://www.openmaptiles.org/">&copy; OpenMapTiles</a> Data from <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
                '&#169; GeoBasis-DE / BKG (2026) CC BY 4.0',
            ]),
        ).toBe('OpenFreeMap © OpenMapTiles Data from OpenStreetMap | © GeoBasis-DE / BKG (2026) CC BY 4.0');
    });

    it('never lets markup through', () => {
        expect(attributionText(['<img src=x onerror=alert(1)>Karte'])).toBe('Karte');
        expect(attributionText([])).toBe('');
    });
});
