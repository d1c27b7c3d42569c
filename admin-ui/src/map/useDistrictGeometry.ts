import { useEffect, useState } from 'react';
import { parseDistrictCollection, type DistrictCollection } from './geo';

export const DISTRICTS_GEOJSON_URL = '/api/public/districts';

// The boundaries never change while the console is open: fetch them once per
// page load and share the result between all maps. A failed fetch is retried
// by the next map that mounts.
let cached: DistrictCollection | undefined;
let pending: Promise<DistrictCollection> | undefined;

const loadDistricts = (): Promise<DistrictCollection> => {
    pending ??= fetch(DISTRICTS_GEOJSON_URL, { headers: { Accept: 'application/geo+json, application/json' } })
        .then((response) => {
            if (!response.ok) throw new Error(`GET ${DISTRICTS_GEOJSON_URL}: ${response.status}`);
            return response.json();
        })
        .then((body: unknown) => {
            cached = parseDistrictCollection(body);
            return cached;
        })
        .catch((error: unknown) => {
            pending = undefined;
            throw error;
        });
    return pending;
};

export interface DistrictGeometryState {
    data: DistrictCollection | undefined;
    error: unknown;
    isPending: boolean;
}

export const useDistrictGeometry = (): DistrictGeometryState => {
    const [state, setState] = useState<DistrictGeometryState>(() => ({
        data: cached,
        error: undefined,
        isPending: !cached,
    }));

    useEffect(() => {
        if (cached) return;
        let active = true;
        loadDistricts().then(
            (data) => active && setState({ data, error: undefined, isPending: false }),
            (error: unknown) => active && setState({ data: undefined, error, isPending: false }),
        );
        return () => {
            active = false;
        };
    }, []);

    return state;
};
