import type { Bounds } from './geo';
import { DORTMUND_VIEW, fitBounds, initialViewState, isLonLat, PIN_ZOOM, pinOf, project, unproject } from './viewState';

const DORTMUND_BOUNDS: Bounds = [
    [7.3022, 51.4155],
    [7.6379, 51.5999],
];

describe('project / unproject', () => {
    it('round-trips coordinates', () => {
        const [x, y] = project(7.465, 51.514);
        const [lon, lat] = unproject(x, y);
        expect(lon).toBeCloseTo(7.465, 9);
        expect(lat).toBeCloseTo(51.514, 9);
    });

    it('puts the null island in the middle of the world', () => {
        expect(project(0, 0)).toEqual([0.5, 0.5]);
    });
});

describe('fitBounds', () => {
    it('centres on the middle of the bounds (in Mercator)', () => {
        const view = fitBounds(DORTMUND_BOUNDS, 800, 400);
        expect(view.longitude).toBeCloseTo(7.47, 2);
        expect(view.latitude).toBeGreaterThan(51.5);
        expect(view.latitude).toBeLessThan(51.51);
    });

    it('chooses the zoom so that the bounds just fit', () => {
        const view = fitBounds(DORTMUND_BOUNDS, 800, 400, 0);
        // Height is the limiting side: 0.1844° of latitude must fill 400 px.
        const [, yTop] = project(7.47, 51.5999);
        const [, yBottom] = project(7.47, 51.4155);
        const pixelHeight = (yBottom - yTop) * 512 * 2 ** view.zoom;
        expect(pixelHeight).toBeCloseTo(400, 6);
        const pixelWidth = ((7.6379 - 7.3022) / 360) * 512 * 2 ** view.zoom;
        expect(pixelWidth).toBeLessThan(800);
        expect(view.zoom).toBeGreaterThan(9.5);
        expect(view.zoom).toBeLessThan(10.5);
    });

    it('zooms out for a smaller viewport and clamps a degenerate box', () => {
        expect(fitBounds(DORTMUND_BOUNDS, 400, 200).zoom).toBeLessThan(fitBounds(DORTMUND_BOUNDS, 800, 400).zoom);
        expect(fitBounds([[7.4, 51.5], [7.4, 51.5]], 400, 300).zoom).toBe(16);
    });
});

describe('initialViewState', () => {
    it('centres on the pin', () => {
        expect(initialViewState({ lon: 7.4, lat: 51.5 }, DORTMUND_BOUNDS, { width: 600, height: 300 })).toEqual({
            longitude: 7.4,
            latitude: 51.5,
            zoom: PIN_ZOOM,
            pitch: 0,
            bearing: 0,
        });
    });

    it('fits the district when there is no usable pin', () => {
        const view = initialViewState({ lon: null, lat: 51.5 }, DORTMUND_BOUNDS, { width: 600, height: 300 });
        expect(view).toEqual(fitBounds(DORTMUND_BOUNDS, 600, 300));
    });

    it('falls back to Dortmund', () => {
        expect(initialViewState(undefined, null, null)).toBe(DORTMUND_VIEW);
        expect(initialViewState(undefined, DORTMUND_BOUNDS, { width: 0, height: 0 })).toBe(DORTMUND_VIEW);
        expect(DORTMUND_VIEW).toMatchObject({ longitude: 7.465, latitude: 51.514, zoom: 10 });
    });
});

describe('isLonLat', () => {
    it('accepts finite coordinates in range only', () => {
        expect(isLonLat(7.4, 51.5)).toBe(true);
        expect(isLonLat('7.4', 51.5)).toBe(false);
        expect(isLonLat(NaN, 51.5)).toBe(false);
        expect(isLonLat(7.4, 91)).toBe(false);
        expect(isLonLat(181, 0)).toBe(false);
    });
});

describe('pinOf', () => {
    it('reads numbers and numeric strings', () => {
        expect(pinOf({ lon: 7.4, lat: 51.5 })).toEqual({ lon: 7.4, lat: 51.5 });
        expect(pinOf({ lon: '7.4', lat: '51.5' })).toEqual({ lon: 7.4, lat: 51.5 });
    });

    it('has no pin for missing coordinates (not the null island)', () => {
        expect(pinOf({ lon: null, lat: null })).toBeNull();
        expect(pinOf({ lon: '', lat: 51.5 })).toBeNull();
        expect(pinOf({})).toBeNull();
        expect(pinOf(undefined)).toBeNull();
    });
});
