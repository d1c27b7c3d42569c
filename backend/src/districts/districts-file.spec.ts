import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDistricts, parsePopulationCsv, readDistrictsFile } from './districts-file';

const ring = [
  [7, 51],
  [7.1, 51],
  [7.1, 51.1],
  [7, 51],
];
const feature = (props: object, geometry: object = { type: 'Polygon', coordinates: [ring] }) => ({ type: 'Feature', properties: props, geometry });

describe('parseDistricts', () => {
  it('reads id, nr, name, area and population', () => {
    const [d] = parseDistricts('f', { type: 'FeatureCollection', features: [feature({ id: 'a-b', nr: 1, name: 'A', area_km2: 2.5 })] }, new Map([['a-b', 100]]));
    expect(d).toMatchObject({ id: 'a-b', nr: 1, name: 'A', areaKm2: 2.5, population: 100 });
  });

  it.each([
    [{ type: 'Feature' }, /not a GeoJSON FeatureCollection/],
    [{ type: 'FeatureCollection', features: [] }, /no features/],
    [{ type: 'FeatureCollection', features: [feature({ nr: 1, name: 'A' })] }, /slug "id"/],
    [{ type: 'FeatureCollection', features: [feature({ id: 'a', name: 'A' })] }, /integer "nr"/],
    [{ type: 'FeatureCollection', features: [feature({ id: 'a', nr: 1, name: 'A' }, { type: 'Point', coordinates: [7, 51] })] }, /valid Polygon/],
    [{ type: 'FeatureCollection', features: [feature({ id: 'a', nr: 1, name: 'A' }, { type: 'Polygon', coordinates: [[[7, 'x']]] })] }, /valid Polygon/],
    [{ type: 'FeatureCollection', features: [feature({ id: 'a', nr: 1, name: 'A' }), feature({ id: 'a', nr: 2, name: 'B' })] }, /duplicate id/],
  ])('refuses %j', (json, message) => {
    expect(() => parseDistricts('file.geojson', json, new Map())).toThrow(message);
  });
});

describe('readDistrictsFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'districts-'));

  it('names a missing file', () => {
    expect(() => readDistrictsFile(join(dir, 'nope.geojson'))).toThrow(/nope\.geojson.*file not found/);
  });

  it('names a broken file', () => {
    writeFileSync(join(dir, 'broken.geojson'), '{"type":');
    expect(() => readDistrictsFile(join(dir, 'broken.geojson'))).toThrow(/broken\.geojson.*not valid JSON/);
  });
});

describe('parsePopulationCsv', () => {
  it('reads quoted cells', () => {
    const csv = 'district_id,name,population,source\nhoerde,Hörde,57315,"a, b"\nx,Y,,none\n';
    expect([...parsePopulationCsv(csv)]).toEqual([['hoerde', 57315]]);
  });
});
