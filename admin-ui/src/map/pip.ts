// Point-in-polygon on the district features of GET /api/public/districts: the same even-odd ray
// casting as the API (backend/src/districts/geo.ts), so a pin the page accepts is one the API accepts.
import type { DistrictCollection, DistrictFeature, DistrictGeometry, Position } from './geo';

type Ring = Position[];

/** Even-odd ray casting; a point exactly on an edge may fall either way, which is fine at map precision. */
export const pointInRing = (lon: number, lat: number, ring: Ring): boolean => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
};

const polygonsOf = (geometry: DistrictGeometry): Ring[][] =>
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** Inside an outer ring and in none of its holes, for any polygon of the geometry. */
export const pointInGeometry = (lon: number, lat: number, geometry: DistrictGeometry): boolean => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return false;
    for (const [outer, ...holes] of polygonsOf(geometry)) {
        if (outer && pointInRing(lon, lat, outer) && !holes.some((hole) => pointInRing(lon, lat, hole))) return true;
    }
    return false;
};

/** The district that contains the point, or undefined (outside the city, or no districts known). */
export const locateDistrict = (
    collection: DistrictCollection | null | undefined,
    lon: number | null | undefined,
    lat: number | null | undefined,
): DistrictFeature | undefined => {
    if (!collection || typeof lon !== 'number' || typeof lat !== 'number') return undefined;
    return collection.features.find((feature) => pointInGeometry(lon, lat, feature.geometry));
};
