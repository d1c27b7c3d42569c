import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDistrictCollection, type DistrictCollection, type DistrictGeometry } from './geo';
import { locateDistrict, pointInGeometry, pointInRing } from './pip';

const square = (x0: number, y0: number, x1: number, y1: number) => [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
];

describe('pointInGeometry', () => {
    const withHole: DistrictGeometry = { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] };

    it('finds points inside, outside and in holes', () => {
        expect(pointInGeometry(1, 1, withHole)).toBe(true);
        expect(pointInGeometry(5, 5, withHole)).toBe(false);
        expect(pointInGeometry(11, 5, withHole)).toBe(false);
        expect(pointInGeometry(-0.0001, 5, withHole)).toBe(false);
    });

    it('handles multipolygons and concave shapes', () => {
        const multi: DistrictGeometry = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1, 1)], [square(5, 5, 6, 6)]] };
        expect(pointInGeometry(5.5, 5.5, multi)).toBe(true);
        expect(pointInGeometry(3, 3, multi)).toBe(false);
        const u = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
        expect(pointInRing(1.5, 2, u)).toBe(false);
        expect(pointInRing(0.5, 2, u)).toBe(true);
    });

    it('is false for coordinates that are not numbers', () => {
        expect(pointInGeometry(NaN, 1, withHole)).toBe(false);
        expect(pointInGeometry(1, Infinity, withHole)).toBe(false);
    });
});

describe('locateDistrict', () => {
    const collection = parseDistrictCollection({
        type: 'FeatureCollection',
        features: [
            { type: 'Feature', properties: { id: 'a', name: 'A', nr: 1 }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 1, 1)] } },
            { type: 'Feature', properties: { id: 'b', name: 'B', nr: 2 }, geometry: { type: 'Polygon', coordinates: [square(1, 0, 2, 1)] } },
        ],
    });

    it('names the district that contains the point', () => {
        expect(locateDistrict(collection, 0.5, 0.5)?.properties.id).toBe('a');
        expect(locateDistrict(collection, 1.5, 0.5)?.properties.id).toBe('b');
        expect(locateDistrict(collection, 3, 0.5)).toBeUndefined();
    });

    it('knows nothing without districts or coordinates', () => {
        expect(locateDistrict(null, 0.5, 0.5)).toBeUndefined();
        expect(locateDistrict(collection, null, 0.5)).toBeUndefined();
    });
});

// The real Stadtbezirke (shared reference data, read in place) against the reference places.
const dataDir = process.env.DORTMUND_DATA_DIR ?? join(__dirname, '../../../../shared/data/dortmund');
const haveData = existsSync(join(dataDir, 'stadtbezirke.geojson'));

(haveData ? describe : describe.skip)('locateDistrict with the real Stadtbezirke', () => {
    let districts: DistrictCollection;
    beforeAll(() => {
        districts = parseDistrictCollection(JSON.parse(readFileSync(join(dataDir, 'stadtbezirke.geojson'), 'utf8')));
    });

    it('has the 12 districts', () => {
        expect(districts.features).toHaveLength(12);
    });

    it('puts every reference place in the district the API puts it in', () => {
        const places = JSON.parse(readFileSync(join(dataDir, 'dortmund-places.json'), 'utf8')) as {
            name: string;
            lon: number;
            lat: number;
            district_id: string | null;
        }[];
        expect(places.length).toBeGreaterThan(10);
        for (const place of places) {
            expect({ place: place.name, district: locateDistrict(districts, place.lon, place.lat)?.properties.id ?? null }).toEqual({
                place: place.name,
                district: place.district_id,
            });
        }
    });

    it('refuses points outside the city', () => {
        expect(locateDistrict(districts, 7.0116, 51.4556)).toBeUndefined(); // Essen
        expect(locateDistrict(districts, 7.2162, 51.4818)).toBeUndefined(); // Bochum
        expect(locateDistrict(districts, 7.51, 51.49)?.properties.id).toBe('hoerde'); // Phoenix-See
    });
});
