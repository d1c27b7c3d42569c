import {
    colorDistance,
    DISTRICT_FILL,
    DISTRICT_HIGHLIGHT_FILL,
    DISTRICT_HIGHLIGHT_LINE,
    DISTRICT_LINE,
    districtFillColor,
    districtLineColor,
    districtLineWidth,
    hexToRgba,
    MAP_BACKGROUND,
    PIN_FILL,
    toCss,
} from './colors';

describe('district map colours', () => {
    it('highlights only the requested district', () => {
        expect(districtFillColor('hoerde', 'hoerde')).toEqual(DISTRICT_HIGHLIGHT_FILL);
        expect(districtFillColor('eving', 'hoerde')).toEqual(DISTRICT_FILL);
        expect(districtLineColor('hoerde', 'hoerde')).toEqual(DISTRICT_HIGHLIGHT_LINE);
        expect(districtLineColor('eving', 'hoerde')).toEqual(DISTRICT_LINE);
        expect(districtLineWidth('hoerde', 'hoerde')).toBeGreaterThan(districtLineWidth('eving', 'hoerde'));
    });

    it('highlights nothing without a district', () => {
        expect(districtFillColor('hoerde', null)).toEqual(DISTRICT_FILL);
        expect(districtFillColor(undefined, undefined)).toEqual(DISTRICT_FILL);
    });

    it('draws opaque fills that differ from the background, so the canvas is never blank', () => {
        for (const fill of [DISTRICT_FILL, DISTRICT_HIGHLIGHT_FILL]) {
            expect(fill[3]).toBe(255);
            expect(colorDistance(fill, MAP_BACKGROUND)).toBeGreaterThan(20);
        }
    });

    it('draws the pin in a colour far from every fill', () => {
        for (const other of [MAP_BACKGROUND, DISTRICT_FILL, DISTRICT_HIGHLIGHT_FILL]) {
            expect(colorDistance(PIN_FILL, other)).toBeGreaterThan(150);
        }
    });
});

describe('colour conversions', () => {
    it('parses hex colours', () => {
        expect(hexToRgba('#cc0033')).toEqual([204, 0, 51, 255]);
        expect(hexToRgba('fff', 128)).toEqual([255, 255, 255, 128]);
        expect(() => hexToRgba('#12')).toThrow('Not a hex colour');
    });

    it('formats CSS colours', () => {
        expect(toCss([246, 244, 239, 255])).toBe('rgba(246, 244, 239, 1)');
        expect(toCss([0, 0, 0, 0])).toBe('rgba(0, 0, 0, 0)');
    });
});
