import { cellToLatLng, getResolution, isValidCell } from 'h3-js';
import { cellsOf } from './entry-location';

describe('cellsOf', () => {
  it('derives valid nested cells at resolutions 7, 8 and 9', () => {
    const cells = cellsOf(7.51, 51.49);
    expect([cells.h3r7, cells.h3r8, cells.h3r9].map(getResolution)).toEqual([7, 8, 9]);
    expect([cells.h3r7, cells.h3r8, cells.h3r9].every(isValidCell)).toBe(true);
    const [lat, lon] = cellToLatLng(cells.h3r9);
    expect(Math.abs(lat - 51.49)).toBeLessThan(0.003);
    expect(Math.abs(lon - 7.51)).toBeLessThan(0.003);
  });
});
