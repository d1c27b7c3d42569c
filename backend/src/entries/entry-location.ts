import { latLngToCell } from 'h3-js';

export interface EntryCells {
  h3r7: string;
  h3r8: string;
  h3r9: string;
}

/** The H3 cells stored with every entry, so heat maps aggregate in SQL. */
export function cellsOf(lon: number, lat: number): EntryCells {
  return { h3r7: latLngToCell(lat, lon, 7), h3r8: latLngToCell(lat, lon, 8), h3r9: latLngToCell(lat, lon, 9) };
}

export const OUTSIDE_CITY_MESSAGE = 'This place is not in Dortmund: please put the pin inside the city boundary (Dieser Ort liegt nicht in Dortmund).';
