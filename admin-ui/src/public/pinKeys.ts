// Moving the pin with the keyboard: arrow keys shift it by a fixed number of screen pixels, so a
// step is small when zoomed in and large when zoomed out. Pure; the map calls it on keydown.
import { project, TILE_SIZE, unproject } from '../map/viewState';

export interface LonLat {
    lon: number;
    lat: number;
}

export const KEY_STEP_PX = 10;
export const KEY_BIG_STEP_PX = 60;

const DIRECTIONS: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
};

export const isArrowKey = (key: string): boolean => key in DIRECTIONS;

/** The pin moved by one arrow key press at the zoom; null for any other key. */
export const movePin = (pin: LonLat, key: string, zoom: number, big = false): LonLat | null => {
    const direction = DIRECTIONS[key];
    if (!direction) return null;
    const step = (big ? KEY_BIG_STEP_PX : KEY_STEP_PX) / (TILE_SIZE * 2 ** zoom);
    const [x, y] = project(pin.lon, pin.lat);
    const [lon, lat] = unproject(x + direction[0] * step, y + direction[1] * step);
    return { lon: round6(lon), lat: round6(lat) };
};

/** Six decimals (about 10 cm) are more than a pin needs and keep the numbers readable. */
export const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/** Whether the point lies within `margin` pixels of the edge of (or outside) a viewport around `center`. */
export const nearEdge = (point: LonLat, center: LonLat, zoom: number, width: number, height: number, margin = 24): boolean => {
    const scale = TILE_SIZE * 2 ** zoom;
    const [px, py] = project(point.lon, point.lat);
    const [cx, cy] = project(center.lon, center.lat);
    const dx = (px - cx) * scale;
    const dy = (py - cy) * scale;
    return Math.abs(dx) > width / 2 - margin || Math.abs(dy) > height / 2 - margin;
};
