import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { areaKm2, PolygonGeometry } from './geo';

export interface DistrictRecord {
  id: string;
  nr: number;
  name: string;
  areaKm2: number;
  population: number | null;
  geometry: PolygonGeometry;
}

export class DistrictsFileError extends Error {
  constructor(file: string, problem: string) {
    super(`DISTRICTS_GEOJSON (${file}): ${problem}`);
    this.name = 'DistrictsFileError';
  }
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function isPosition(p: unknown): boolean {
  return Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;
}

function isPolygon(coords: unknown): boolean {
  return Array.isArray(coords) && coords.length > 0 && coords.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition));
}

/** Pure: validates a parsed GeoJSON FeatureCollection of districts; population comes from a separate map. */
export function parseDistricts(file: string, json: unknown, population: Map<string, number>): DistrictRecord[] {
  const fc = json as { type?: unknown; features?: unknown };
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DistrictsFileError(file, 'is not a GeoJSON FeatureCollection');
  }
  if (fc.features.length === 0) throw new DistrictsFileError(file, 'has no features');
  const seen = new Set<string>();
  return fc.features.map((feature: any, i: number) => {
    const where = `feature ${i}`;
    const p = feature?.properties ?? {};
    if (typeof p.id !== 'string' || !SLUG.test(p.id)) throw new DistrictsFileError(file, `${where} needs a slug "id" property`);
    if (seen.has(p.id)) throw new DistrictsFileError(file, `${where}: duplicate id "${p.id}"`);
    seen.add(p.id);
    if (typeof p.name !== 'string' || !p.name.trim()) throw new DistrictsFileError(file, `${where} (${p.id}) needs a "name"`);
    if (!Number.isInteger(p.nr)) throw new DistrictsFileError(file, `${where} (${p.id}) needs an integer "nr"`);
    const g = feature.geometry;
    const valid =
      (g?.type === 'Polygon' && isPolygon(g.coordinates)) ||
      (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isPolygon));
    if (!valid) throw new DistrictsFileError(file, `${where} (${p.id}) needs a valid Polygon or MultiPolygon geometry`);
    const geometry = { type: g.type, coordinates: g.coordinates } as PolygonGeometry;
    return {
      id: p.id,
      nr: p.nr,
      name: p.name.trim(),
      areaKm2: typeof p.area_km2 === 'number' && p.area_km2 > 0 ? p.area_km2 : Math.round(areaKm2(geometry) * 1000) / 1000,
      population: population.get(p.id) ?? null,
      geometry,
    };
  });
}

/** Pure: `district_id,…,population,…` CSV with a header row; quoted fields allowed. */
export function parsePopulationCsv(text: string): Map<string, number> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim());
  const split = (line: string) => (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
  const header = split(lines[0] ?? '');
  const idCol = header.indexOf('district_id');
  const popCol = header.indexOf('population');
  const result = new Map<string, number>();
  if (idCol < 0 || popCol < 0) return result;
  for (const line of lines.slice(1)) {
    const cells = split(line);
    const n = Number(cells[popCol]);
    if (cells[idCol] && Number.isFinite(n) && n > 0) result.set(cells[idCol], n);
  }
  return result;
}

/** Reads the boundaries file and population.csv beside it; throws a message that names the file and the problem. */
export function readDistrictsFile(file: string): DistrictRecord[] {
  if (!existsSync(file)) throw new DistrictsFileError(file, 'file not found (set DISTRICTS_GEOJSON to the Stadtbezirke GeoJSON)');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DistrictsFileError(file, `is not valid JSON (${(e as Error).message})`);
  }
  const populationFile = join(dirname(file), 'population.csv');
  const population = existsSync(populationFile) ? parsePopulationCsv(readFileSync(populationFile, 'utf8')) : new Map<string, number>();
  return parseDistricts(file, json, population);
}
