import { join } from 'node:path';
import { readDistrictsFile } from './districts-file';
import { AreaIndex, distanceToBoundaryM, nearestArea } from './geo';

const square = { type: 'Polygon' as const, coordinates: [[[7, 51], [7.1, 51], [7.1, 51.1], [7, 51.1], [7, 51]]] as [number, number][][] };

describe('distanceToBoundaryM', () => {
  it('measures to the nearest edge, inside or outside', () => {
    // 0.01° of latitude ≈ 1112 m
    expect(distanceToBoundaryM(7.05, 50.99, square)).toBeCloseTo(1112, -1);
    expect(distanceToBoundaryM(7.05, 51.01, square)).toBeCloseTo(1112, -1);
    // to a corner
    expect(distanceToBoundaryM(6.99, 50.99, square)).toBeCloseTo(Math.hypot(1112, 0.01 * 111195 * Math.cos((50.99 * Math.PI) / 180)), -1);
  });

  it('picks the nearest of several areas', () => {
    const east = { type: 'Polygon' as const, coordinates: [[[7.2, 51], [7.3, 51], [7.3, 51.1], [7.2, 51]]] as [number, number][][] };
    expect(nearestArea(7.19, 51.05, [{ item: 'west', geometry: square }, { item: 'east', geometry: east }])?.item).toBe('east');
    expect(nearestArea(7.0, 51.05, [])).toBeNull();
    // beyond maxM: nothing
    expect(nearestArea(7.05, 50.9, [{ item: 'west', geometry: square }], 5000)).toBeNull();
    expect(nearestArea(7.05, 50.99, [{ item: 'west', geometry: square }], 5000)?.item).toBe('west');
  });
});

describe('with the real Stadtbezirke', () => {
  const districts = readDistrictsFile(join(__dirname, '../../../../shared/data/dortmund/stadtbezirke.geojson'));
  const areas = districts.map((d) => ({ item: d.id, geometry: d.geometry }));
  const index = new AreaIndex(areas);

  it('puts a point just outside the city (Schwerte, south of Hörde) into the nearest district within 5 km, and Essen far away', () => {
    const schwerte = { lon: 7.5655, lat: 51.4447 };
    expect(index.find(schwerte.lon, schwerte.lat)).toBeNull();
    const near = nearestArea(schwerte.lon, schwerte.lat, areas)!;
    expect(near.distanceM).toBeLessThan(5000);
    const essen = nearestArea(7.0116, 51.4556, areas)!;
    expect(essen.distanceM).toBeGreaterThan(15000);
    expect(nearestArea(7.0116, 51.4556, areas, 5000)).toBeNull();
    // the bounding-box shortcut finds the same district as measuring all of them
    const all = areas.map((a) => ({ item: a.item, d: nearestArea(schwerte.lon, schwerte.lat, [a])!.distanceM })).sort((x, y) => x.d - y.d)[0];
    expect(near).toEqual({ item: all.item, distanceM: all.d });
    // the index answers the same as the function over its areas
    expect(index.nearest(schwerte.lon, schwerte.lat, 5000)).toEqual(near);
    expect(index.nearest(7.0116, 51.4556, 5000)).toBeNull();
  });
});
