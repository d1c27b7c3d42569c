import { parseDistrictCollection, type DistrictCollection } from './geo';
import { sharedLoader, type LoadState } from './sharedLoader';

export const DISTRICTS_GEOJSON_URL = '/api/public/districts';

const loadDistricts = async (): Promise<DistrictCollection> => {
    const response = await fetch(DISTRICTS_GEOJSON_URL, { headers: { Accept: 'application/geo+json, application/json' } });
    if (!response.ok) throw new Error(`GET ${DISTRICTS_GEOJSON_URL}: ${response.status}`);
    return parseDistrictCollection(await response.json());
};

export type DistrictGeometryState = LoadState<DistrictCollection>;

/** The district boundaries: they never change while the console is open, so all maps share one fetch. */
export const useDistrictGeometry: () => DistrictGeometryState = sharedLoader(loadDistricts);
