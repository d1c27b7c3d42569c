import { boundsOfFeatures, findDistrict, parseDistrictCollection } from './geo';

const square = (lon: number, lat: number, size: number) => [
    [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
    ],
];

const body = {
    type: 'FeatureCollection',
    features: [
        { type: 'Feature', properties: { id: 'hoerde', name: 'Hörde', nr: 10 }, geometry: { type: 'Polygon', coordinates: square(7.4, 51.45, 0.1) } },
        { type: 'Feature', id: 'eving', properties: { name: 'Eving', nr: 5 }, geometry: { type: 'MultiPolygon', coordinates: [square(7.45, 51.55, 0.05), square(7.6, 51.6, 0.02)] } },
        { type: 'Feature', properties: { id: 'point' }, geometry: { type: 'Point', coordinates: [7, 51] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: square(0, 0, 1) } },
        null,
    ],
};

describe('parseDistrictCollection', () => {
    it('keeps polygonal districts and takes the id from the feature when properties lack it', () => {
        const collection = parseDistrictCollection(body);
        expect(collection.features.map((f) => f.properties)).toEqual([
            { id: 'hoerde', name: 'Hörde', nr: 10 },
            { id: 'eving', name: 'Eving', nr: 5 },
        ]);
    });

    it('returns an empty collection for anything else', () => {
        expect(parseDistrictCollection(null).features).toEqual([]);
        expect(parseDistrictCollection({ message: 'Not Found' }).features).toEqual([]);
    });
});

describe('boundsOfFeatures', () => {
    it('spans polygons and multipolygons', () => {
        const bounds = boundsOfFeatures(parseDistrictCollection(body).features);
        expect(bounds?.[0][0]).toBeCloseTo(7.4);
        expect(bounds?.[0][1]).toBeCloseTo(51.45);
        expect(bounds?.[1][0]).toBeCloseTo(7.62);
        expect(bounds?.[1][1]).toBeCloseTo(51.62);
    });

    it('is null without coordinates', () => {
        expect(boundsOfFeatures([])).toBeNull();
    });
});

describe('findDistrict', () => {
    it('finds a district by id', () => {
        const collection = parseDistrictCollection(body);
        expect(findDistrict(collection, 'eving')?.properties.name).toBe('Eving');
        expect(findDistrict(collection, 'nowhere')).toBeUndefined();
        expect(findDistrict(collection, null)).toBeUndefined();
        expect(findDistrict(null, 'eving')).toBeUndefined();
    });
});
