// Grid clustering in screen space, so that thousands of entries stay a few hundred dots: at a zoom
// level, points whose Web Mercator pixels fall into the same cell of `cellSize` pixels become one
// cluster at their mean position. Pure and O(n); the map recomputes it per whole zoom level.
import { project, TILE_SIZE } from '../map/viewState';

export interface ClusterPoint {
    id: string;
    lon: number;
    lat: number;
}

export interface Cluster {
    /** The entry id for a single point, `cell:<zoom>:<x>:<y>` for a group. */
    key: string;
    lon: number;
    lat: number;
    count: number;
    ids: string[];
}

export interface ClusterOptions {
    /** Cell edge in screen pixels. */
    cellSize?: number;
    /** From this zoom on every point stands alone. */
    maxZoom?: number;
}

export const CLUSTER_CELL_SIZE = 60;
export const CLUSTER_MAX_ZOOM = 16;

export const clusterPoints = (points: readonly ClusterPoint[], zoom: number, options: ClusterOptions = {}): Cluster[] => {
    const cellSize = options.cellSize ?? CLUSTER_CELL_SIZE;
    const maxZoom = options.maxZoom ?? CLUSTER_MAX_ZOOM;
    const z = Math.floor(zoom);
    if (z >= maxZoom) return points.map((p) => ({ key: p.id, lon: p.lon, lat: p.lat, count: 1, ids: [p.id] }));
    const scale = (TILE_SIZE * 2 ** z) / cellSize;
    const cells = new Map<string, { lonSum: number; latSum: number; ids: string[]; first: ClusterPoint }>();
    for (const point of points) {
        if (!Number.isFinite(point.lon) || !Number.isFinite(point.lat)) continue;
        const [x, y] = project(point.lon, point.lat);
        const key = `cell:${z}:${Math.floor(x * scale)}:${Math.floor(y * scale)}`;
        const cell = cells.get(key);
        if (cell) {
            cell.lonSum += point.lon;
            cell.latSum += point.lat;
            cell.ids.push(point.id);
        } else cells.set(key, { lonSum: point.lon, latSum: point.lat, ids: [point.id], first: point });
    }
    return [...cells].map(([key, cell]) =>
        cell.ids.length === 1
            ? { key: cell.first.id, lon: cell.first.lon, lat: cell.first.lat, count: 1, ids: cell.ids }
            : { key, lon: cell.lonSum / cell.ids.length, lat: cell.latSum / cell.ids.length, count: cell.ids.length, ids: cell.ids },
    );
};

/** Dot radius in pixels: single entries small, groups growing with the logarithm of their size. */
export const clusterRadius = (count: number): number => (count <= 1 ? 7 : Math.min(24, 10 + 2.5 * Math.log2(count)));

/** The zoom at which a cluster falls apart: a couple of levels closer, at most the level where points stand alone. */
export const zoomIntoCluster = (zoom: number, maxZoom = CLUSTER_MAX_ZOOM): number => Math.min(maxZoom, Math.floor(zoom) + 2);
