// Heat cells (GET /api/analytics/heat) as points for deck.gl's HeatmapLayer.
import { cellToLatLng, isValidCell } from 'h3-js';
import type { HeatCell } from '../dashboard/analyticsTypes';

export interface HeatPoint {
    /** [longitude, latitude] of the cell's centre. */
    position: [number, number];
    weight: number;
}

/** The centre of every valid cell, weighted by its count; invalid cells and empty counts are dropped. */
export const heatPoints = (cells: readonly HeatCell[]): HeatPoint[] =>
    cells.flatMap((cell) => {
        if (!(cell.count > 0) || typeof cell.h3 !== 'string' || !isValidCell(cell.h3)) return [];
        const [lat, lon] = cellToLatLng(cell.h3);
        return [{ position: [lon, lat] as [number, number], weight: cell.count }];
    });

/** Only the cells H3HexagonLayer can draw. */
export const validCells = (cells: readonly HeatCell[]): HeatCell[] =>
    cells.filter((cell) => cell.count > 0 && typeof cell.h3 === 'string' && isValidCell(cell.h3));
