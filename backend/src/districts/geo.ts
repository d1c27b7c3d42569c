/** Pure geometry helpers for WGS84 GeoJSON polygons (no PostGIS: both database modes behave the same). */

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

export interface PolygonGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: PolygonCoords | PolygonCoords[];
}

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export function polygonsOf(geometry: PolygonGeometry): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates as PolygonCoords] : (geometry.coordinates as PolygonCoords[]);
}

export function bboxOf(geometry: PolygonGeometry): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [lon, lat] of polygon[0]) {
      if (lon < box[0]) box[0] = lon;
      if (lat < box[1]) box[1] = lat;
      if (lon > box[2]) box[2] = lon;
      if (lat > box[3]) box[3] = lat;
    }
  }
  return box;
}

/** Even-odd ray casting; a point exactly on an edge may fall either way, which is fine at map precision. */
export function pointInRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(lon: number, lat: number, geometry: PolygonGeometry): boolean {
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    if (pointInRing(lon, lat, outer) && !holes.some((hole) => pointInRing(lon, lat, hole))) return true;
  }
  return false;
}

export interface Area<T> {
  item: T;
  geometry: PolygonGeometry;
  bbox: BBox;
}

/** Index of areas with a bounding-box prefilter; returns the first area containing the point. */
export class AreaIndex<T> {
  private readonly areas: Area<T>[];

  constructor(items: { item: T; geometry: PolygonGeometry }[]) {
    this.areas = items.map(({ item, geometry }) => ({ item, geometry, bbox: bboxOf(geometry) }));
  }

  find(lon: number, lat: number): T | null {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
    for (const { item, geometry, bbox } of this.areas) {
      if (lon < bbox[0] || lon > bbox[2] || lat < bbox[1] || lat > bbox[3]) continue;
      if (pointInPolygon(lon, lat, geometry)) return item;
    }
    return null;
  }

  /** The area whose boundary is nearest to a point (outside all of them), within `maxM`: see nearestArea. */
  nearest(lon: number, lat: number, maxM = Infinity): { item: T; distanceM: number } | null {
    return nearestArea(lon, lat, this.areas, maxM);
  }
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Spherical area of a ring in m² (the formula of turf/d3: sum over edges of Δλ·(2 + sin φ1 + sin φ2)). */
function ringAreaM2(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [lon1, lat1] = ring[i];
    const [lon2, lat2] = ring[i + 1];
    sum += rad(lon2 - lon1) * (2 + Math.sin(rad(lat1)) + Math.sin(rad(lat2)));
  }
  return Math.abs((sum * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2);
}

export function areaKm2(geometry: PolygonGeometry): number {
  let m2 = 0;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    m2 += ringAreaM2(outer) - holes.reduce((s, h) => s + ringAreaM2(h), 0);
  }
  return m2 / 1e6;
}

/** Great-circle distance in metres. */
export function distanceM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
}

/**
 * Distance in metres from a point to the boundary of a polygon (every ring, holes included), in a local
 * equirectangular projection around the point: below 0.1 % error over the few kilometres this is used for.
 */
export function distanceToBoundaryM(lon: number, lat: number, geometry: PolygonGeometry): number {
  const kx = Math.cos(rad(lat)) * rad(1) * EARTH_RADIUS_M;
  const ky = rad(1) * EARTH_RADIUS_M;
  let best = Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 0; i < ring.length - 1; i++) {
        const ax = (ring[i][0] - lon) * kx;
        const ay = (ring[i][1] - lat) * ky;
        const bx = (ring[i + 1][0] - lon) * kx;
        const by = (ring[i + 1][1] - lat) * ky;
        const dx = bx - ax;
        const dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
        const d = Math.hypot(ax + t * dx, ay + t * dy);
        if (d < best) best = d;
      }
    }
  }
  return best;
}

/** Metres from a point to a bounding box (0 inside): a lower bound of the distance to anything in it. */
function distanceToBBoxM(lon: number, lat: number, [minLon, minLat, maxLon, maxLat]: BBox): number {
  const dx = Math.max(minLon - lon, 0, lon - maxLon) * Math.cos(rad(lat)) * rad(1) * EARTH_RADIUS_M;
  const dy = Math.max(minLat - lat, 0, lat - maxLat) * rad(1) * EARTH_RADIUS_M;
  return Math.hypot(dx, dy);
}

/**
 * The area whose boundary is nearest to the point, with that distance in metres; null without areas, or when
 * none is within `maxM` (areas whose bounding box is already farther are not measured, so far points are cheap).
 */
export function nearestArea<T>(lon: number, lat: number, areas: { item: T; geometry: PolygonGeometry; bbox?: BBox }[], maxM = Infinity): { item: T; distanceM: number } | null {
  const candidates = areas
    .map((a) => ({ a, bound: distanceToBBoxM(lon, lat, a.bbox ?? bboxOf(a.geometry)) }))
    .filter((c) => c.bound <= maxM)
    .sort((x, y) => x.bound - y.bound);
  let best: { item: T; distanceM: number } | null = null;
  for (const { a, bound } of candidates) {
    if (best && bound >= best.distanceM) break;
    const d = distanceToBoundaryM(lon, lat, a.geometry);
    if (d <= maxM && (!best || d < best.distanceM)) best = { item: a.item, distanceM: d };
  }
  return best;
}
