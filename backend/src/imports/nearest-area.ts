/** Pure: the nearest of a set of polygons to a point outside all of them, for imports near the city boundary. */
import { BBox, bboxOf, PolygonGeometry, polygonsOf } from '../districts/geo';

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

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
