// Minimal GeoJSON shapes of GET /api/public/districts and pure helpers on them.

export type Position = [number, number] | number[];

export type DistrictGeometry =
    | { type: 'Polygon'; coordinates: Position[][] }
    | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface DistrictProperties {
    id: string;
    name: string;
    nr: number;
}

export interface DistrictFeature {
    type: 'Feature';
    id?: string | number;
    properties: DistrictProperties;
    geometry: DistrictGeometry;
}

export interface DistrictCollection {
    type: 'FeatureCollection';
    features: DistrictFeature[];
}

/** [[minLon, minLat], [maxLon, maxLat]] */
export type Bounds = [[number, number], [number, number]];

const isPolygonal = (geometry: unknown): geometry is DistrictGeometry => {
    if (!geometry || typeof geometry !== 'object') return false;
    const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
    return (type === 'Polygon' || type === 'MultiPolygon') && Array.isArray(coordinates);
};

/**
 * The district features of a response body, each with `properties.id` set
 * (falling back to the feature id); anything that is not a polygon is dropped.
 */
export const parseDistrictCollection = (body: unknown): DistrictCollection => {
    const features = (body as { features?: unknown } | null)?.features;
    if (!Array.isArray(features)) return { type: 'FeatureCollection', features: [] };
    const parsed = features.flatMap((feature): DistrictFeature[] => {
        if (!feature || typeof feature !== 'object') return [];
        const { id, properties, geometry } = feature as {
            id?: string | number;
            properties?: Partial<DistrictProperties> | null;
            geometry?: unknown;
        };
        if (!isPolygonal(geometry)) return [];
        const districtId = properties?.id ?? (id === undefined ? undefined : String(id));
        if (!districtId) return [];
        return [
            {
                type: 'Feature',
                id: districtId,
                properties: {
                    id: String(districtId),
                    name: properties?.name ?? String(districtId),
                    nr: Number(properties?.nr ?? 0),
                },
                geometry,
            },
        ];
    });
    return { type: 'FeatureCollection', features: parsed };
};

const positionsOf = (geometry: DistrictGeometry): Position[] =>
    geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);

export const boundsOfFeatures = (features: DistrictFeature[]): Bounds | null => {
    let minLon = Infinity;
    let minLat = Infinity;
    let maxLon = -Infinity;
    let maxLat = -Infinity;
    for (const feature of features) {
        for (const [lon, lat] of positionsOf(feature.geometry)) {
            if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
            minLon = Math.min(minLon, lon);
            minLat = Math.min(minLat, lat);
            maxLon = Math.max(maxLon, lon);
            maxLat = Math.max(maxLat, lat);
        }
    }
    return Number.isFinite(minLon) ? [[minLon, minLat], [maxLon, maxLat]] : null;
};

export const findDistrict = (
    collection: DistrictCollection | null | undefined,
    districtId: string | null | undefined,
): DistrictFeature | undefined =>
    districtId ? collection?.features.find((f) => f.properties.id === districtId) : undefined;
