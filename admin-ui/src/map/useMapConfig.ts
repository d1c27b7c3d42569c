import { MAP_CONFIG_URL, NO_BASEMAP, parseMapConfig, type MapConfig } from './mapConfig';
import { sharedLoader } from './sharedLoader';

// Fetched once per page load and shared by all maps. Without the endpoint (or offline) the maps
// simply have no basemap.
const useMapConfigState = sharedLoader(
    (): Promise<MapConfig> =>
        fetch(MAP_CONFIG_URL, { headers: { Accept: 'application/json' } })
            .then((response) => (response.ok ? response.json() : null))
            .then((body: unknown) => parseMapConfig(body))
            .catch(() => NO_BASEMAP),
);

/** The basemap config; undefined while it is being fetched. */
export const useMapConfig = (): MapConfig | undefined => useMapConfigState().data;
