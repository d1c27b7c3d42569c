import { useEffect, useState } from 'react';
import { MAP_CONFIG_URL, NO_BASEMAP, parseMapConfig, type MapConfig } from './mapConfig';

// Fetched once per page load and shared by all maps. Without the endpoint (or offline) the maps
// simply have no basemap.
let cached: MapConfig | undefined;
let pending: Promise<MapConfig> | undefined;

const loadMapConfig = (): Promise<MapConfig> => {
    pending ??= fetch(MAP_CONFIG_URL, { headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : null))
        .then((body: unknown) => parseMapConfig(body))
        .catch(() => NO_BASEMAP)
        .then((config) => {
            cached = config;
            return config;
        });
    return pending;
};

/** The basemap config; undefined while it is being fetched. */
export const useMapConfig = (): MapConfig | undefined => {
    const [config, setConfig] = useState<MapConfig | undefined>(cached);
    useEffect(() => {
        if (cached) return;
        let active = true;
        loadMapConfig().then((c) => active && setConfig(c));
        return () => {
            active = false;
        };
    }, []);
    return config;
};
