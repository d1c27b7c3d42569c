import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { AreaIndex, areaKm2, bboxOf, distanceM, pointInPolygon, PolygonGeometry } from './geo';
import { readDistrictsFile } from './districts-file';

const square = (x0: number, y0: number, x1: number, y1: number) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

describe('pointInPolygon', () => {
  const withHole: PolygonGeometry = { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] as any };

  it('finds points inside, outside and in holes', () => {
    expect(pointInPolygon(1, 1, withHole)).toBe(true);
    expect(pointInPolygon(5, 5, withHole)).toBe(false);
    expect(pointInPolygon(11, 5, withHole)).toBe(false);
    expect(pointInPolygon(-0.0001, 5, withHole)).toBe(false);
  });

  it('handles multipolygons and concave shapes', () => {
    const multi: PolygonGeometry = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1, 1)], [square(5, 5, 6, 6)]] as any };
    expect(pointInPolygon(5.5, 5.5, multi)).toBe(true);
    expect(pointInPolygon(3, 3, multi)).toBe(false);
    const u: PolygonGeometry = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] as any };
    expect(pointInPolygon(1.5, 2, u)).toBe(false);
    expect(pointInPolygon(0.5, 2, u)).toBe(true);
  });

  it('computes bounding boxes', () => {
    expect(bboxOf(withHole)).toEqual([0, 0, 10, 10]);
  });
});

describe('AreaIndex with the real Stadtbezirke', () => {
  const dataDir = process.env.DORTMUND_DATA_DIR ?? join(__dirname, '../../../../shared/data/dortmund');
  const districts = readDistrictsFile(join(dataDir, 'stadtbezirke.geojson'));
  const index = new AreaIndex(districts.map((d) => ({ item: d.id, geometry: d.geometry })));
  const places: { name: string; lon: number; lat: number; district_id: string; boundary_distance_m?: number }[] = JSON.parse(
    readFileSync(join(dataDir, 'dortmund-places.json'), 'utf8'),
  );

  it('places every reference place in its district', () => {
    const wrong = places
      .filter((p) => (p.boundary_distance_m ?? 1000) > 50)
      .filter((p) => index.find(p.lon, p.lat) !== p.district_id)
      .map((p) => `${p.name}: ${index.find(p.lon, p.lat)} ≠ ${p.district_id}`);
    expect(wrong).toEqual([]);
  });

  it('refuses points outside the city and non-finite input', () => {
    expect(index.find(7.0, 51.45)).toBeNull(); // Essen
    expect(index.find(13.4, 52.5)).toBeNull(); // Berlin
    expect(index.find(NaN, 51.5)).toBeNull();
    expect(index.find(Infinity, 51.5)).toBeNull();
  });

  it('computes areas that match the published figures', () => {
    for (const d of districts) {
      expect(Math.abs(areaKm2(d.geometry) - d.areaKm2) / d.areaKm2).toBeLessThan(0.01);
    }
  });
});

describe('distanceM', () => {
  it('measures a known distance', () => {
    // Dortmund Hbf to the Dortmunder U: about 400 m
    expect(distanceM(7.4591, 51.5178, 7.4536, 51.515)).toBeGreaterThan(350);
    expect(distanceM(7.4591, 51.5178, 7.4536, 51.515)).toBeLessThan(550);
    expect(distanceM(7, 51, 7, 52)).toBeCloseTo(111195, -2);
  });
});
