// Initial camera of the small maps, computed in Web Mercator without deck.gl
// so it can be tested. deck.gl's MapView uses 512-pixel tiles.
import type { Bounds } from './geo';

export interface SimpleViewState {
    longitude: number;
    latitude: number;
    zoom: number;
    pitch: number;
    bearing: number;
}

export const TILE_SIZE = 512;
export const DORTMUND_VIEW: SimpleViewState = {
    longitude: 7.465,
    latitude: 51.514,
    zoom: 10,
    pitch: 0,
    bearing: 0,
};
/** Shows the district around the pin and its neighbours: where in the city the place is. */
export const PIN_ZOOM = 11.5;
export const MIN_ZOOM = 8;
export const MAX_ZOOM = 16;

export const isLonLat = (lon: unknown, lat: unknown): boolean =>
    typeof lon === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    lon >= -180 &&
    lon <= 180 &&
    lat >= -85 &&
    lat <= 85;

/** Longitude/latitude to Web Mercator in [0, 1] (x east, y south). */
export const project = (lon: number, lat: number): [number, number] => {
    const phi = (lat * Math.PI) / 180;
    return [(lon + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
};

export const unproject = (x: number, y: number): [number, number] => [
    x * 360 - 180,
    (Math.atan(Math.exp(Math.PI * (1 - 2 * y))) * 360) / Math.PI - 90,
];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Centre and zoom that show `bounds` inside a width × height viewport with `padding` pixels around. */
export const fitBounds = (
    bounds: Bounds,
    width: number,
    height: number,
    padding = 16,
    maxZoom = MAX_ZOOM,
): SimpleViewState => {
    const [[minLon, minLat], [maxLon, maxLat]] = bounds;
    const [x0, y1] = project(minLon, minLat);
    const [x1, y0] = project(maxLon, maxLat);
    const innerWidth = Math.max(1, width - 2 * padding);
    const innerHeight = Math.max(1, height - 2 * padding);
    const dx = Math.max(x1 - x0, 1e-9);
    const dy = Math.max(y1 - y0, 1e-9);
    const zoom = Math.log2(Math.min(innerWidth / (dx * TILE_SIZE), innerHeight / (dy * TILE_SIZE)));
    const [longitude, latitude] = unproject((x0 + x1) / 2, (y0 + y1) / 2);
    return { longitude, latitude, zoom: clamp(zoom, MIN_ZOOM, maxZoom), pitch: 0, bearing: 0 };
};

export interface ViewportSize {
    width: number;
    height: number;
}

/**
 * Camera of a map about one place: centred on the pin when it has valid
 * coordinates, else fitted to the given bounds (its district), else Dortmund.
 */
export const initialViewState = (
    pin: { lon?: unknown; lat?: unknown } | null | undefined,
    bounds: Bounds | null | undefined,
    size: ViewportSize | null | undefined,
): SimpleViewState => {
    if (pin && isLonLat(pin.lon, pin.lat)) {
        return { ...DORTMUND_VIEW, longitude: pin.lon as number, latitude: pin.lat as number, zoom: PIN_ZOOM };
    }
    if (bounds && size && size.width > 0 && size.height > 0) {
        return fitBounds(bounds, size.width, size.height);
    }
    return DORTMUND_VIEW;
};

const toCoordinate = (value: unknown): number =>
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;

/** The pin of a record with `lon`/`lat` (numbers or numeric strings), or null when they are unusable. */
export const pinOf = (record: { lon?: unknown; lat?: unknown } | null | undefined): { lon: number; lat: number } | null => {
    if (!record) return null;
    const lon = toCoordinate(record.lon);
    const lat = toCoordinate(record.lat);
    return isLonLat(lon, lat) ? { lon, lat } : null;
};
