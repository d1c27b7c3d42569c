import {
    classIndex,
    colorOf,
    colorScale,
    hexColor,
    hexLegend,
    legendItems,
    legendLabel,
    maxCount,
    measureValue,
    niceLimit,
    NO_DATA_FILL,
    paletteFor,
    quantile,
    quantileThresholds,
    SEQUENTIAL_PALETTE,
} from './choropleth';
import { colorDistance } from './colors';

describe('quantile thresholds', () => {
    it('interpolates quantiles of sorted values', () => {
        expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
        expect(quantile([1, 2, 3, 4], 0)).toBe(1);
        expect(quantile([1, 2, 3, 4], 1)).toBe(4);
        expect(quantile([], 0.5)).toBeNaN();
    });

    it('rounds limits for the legend', () => {
        expect(niceLimit(123.456)).toBe(123);
        expect(niceLimit(12.345)).toBe(12);
        expect(niceLimit(1.2345)).toBe(1.2);
        expect(niceLimit(0.01234)).toBe(0.012);
        expect(niceLimit(0)).toBe(0);
    });

    it('splits the 12 districts into five classes of similar size', () => {
        const values = [12, 30, 45, 50, 61, 70, 88, 95, 120, 150, 210, 400];
        const thresholds = quantileThresholds(values, 5);
        expect(thresholds).toHaveLength(4);
        expect([...thresholds].sort((a, b) => a - b)).toEqual(thresholds);
        const sizes = [0, 0, 0, 0, 0];
        for (const v of values) sizes[classIndex(v, thresholds)]++;
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(2);
        expect(sizes.every((n) => n > 0)).toBe(true);
    });

    it('gives fewer classes for few distinct values, none for one', () => {
        expect(quantileThresholds([5, 5, 5, 5])).toEqual([]);
        expect(quantileThresholds([7])).toEqual([]);
        expect(quantileThresholds([])).toEqual([]);
        const two = quantileThresholds([1, 1, 1, 9, 9, 9]);
        expect(two.length).toBeGreaterThanOrEqual(1);
        expect(new Set([1, 9].map((v) => classIndex(v, two))).size).toBe(2);
    });

    it('ignores missing values', () => {
        expect(quantileThresholds([null, undefined, NaN, 1, 2, 3, 4, 5], 5).length).toBeGreaterThan(0);
    });
});

describe('colour scale', () => {
    it('has one colour per class, from light to dark', () => {
        const scale = colorScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        expect(scale.colors).toHaveLength(scale.thresholds.length + 1);
        expect(scale.colors[0]).toEqual(SEQUENTIAL_PALETTE[0]);
        expect(scale.colors[scale.colors.length - 1]).toEqual(SEQUENTIAL_PALETTE[SEQUENTIAL_PALETTE.length - 1]);
        const lightness = scale.colors.map(([r, g, b]) => r + g + b);
        expect([...lightness].sort((a, b) => b - a)).toEqual(lightness);
    });

    it('colours the smallest and the largest value differently, and missing values grey', () => {
        const scale = colorScale([1, 50, 100]);
        expect(colorDistance(colorOf(1, scale), colorOf(100, scale))).toBeGreaterThan(100);
        expect(colorOf(null, scale)).toEqual(NO_DATA_FILL);
        expect(colorOf(undefined, scale, 100)[3]).toBe(100);
        expect(colorOf(50, scale, 190)[3]).toBe(190);
    });

    it('spreads palettes over the full range', () => {
        expect(paletteFor(1)).toHaveLength(1);
        expect(paletteFor(2)).toEqual([SEQUENTIAL_PALETTE[0], SEQUENTIAL_PALETTE[SEQUENTIAL_PALETTE.length - 1]]);
        expect(paletteFor(20)).toHaveLength(SEQUENTIAL_PALETTE.length);
    });
});

describe('legend', () => {
    const phrases = { below: 'unter %{to}', range: '%{from} bis unter %{to}', atLeast: 'ab %{from}', all: 'alle gleich' };
    const format = (v: number) => v.toLocaleString('de-DE');

    it('names every class with its limits', () => {
        const items = legendItems({ thresholds: [10, 20.5], colors: paletteFor(3) });
        expect(items.map((i) => legendLabel(i, format, phrases))).toEqual(['unter 10', '10 bis unter 20,5', 'ab 20,5']);
        expect(items.map((i) => i.color)).toEqual(paletteFor(3));
    });

    it('says so when all values are equal', () => {
        const items = legendItems(colorScale([3, 3, 3]));
        expect(items).toHaveLength(1);
        expect(legendLabel(items[0], format, phrases)).toBe('alle gleich');
    });
});

describe('measures and hexagons', () => {
    it('reads the measure of a district', () => {
        const d = { count: 12, per10k: 3.4, perKm2: null };
        expect(measureValue(d, 'count')).toBe(12);
        expect(measureValue(d, 'per10k')).toBe(3.4);
        expect(measureValue(d, 'perKm2')).toBeNull();
    });

    it('colours hexagons on a square-root scale', () => {
        expect(hexColor(100, 100)).toEqual([...SEQUENTIAL_PALETTE[SEQUENTIAL_PALETTE.length - 1].slice(0, 3), 220]);
        expect(hexColor(1, 100).slice(0, 3)).toEqual(SEQUENTIAL_PALETTE[0].slice(0, 3));
        // a quarter of the maximum is already half way up the palette
        expect(hexColor(25, 100).slice(0, 3)).toEqual(SEQUENTIAL_PALETTE[3].slice(0, 3));
        expect(hexColor(0, 0)[3]).toBe(220);
    });

    it('has a hexagon legend whose limits match the colours', () => {
        for (const max of [1, 3, 17, 250]) {
            const items = hexLegend(max);
            expect(items.length).toBeGreaterThan(0);
            for (let count = 1; count <= max; count++) {
                const item = items.find((i) => (i.from === null || count >= i.from) && (i.to === null || count < i.to));
                expect({ max, count, color: item?.color.slice(0, 3) }).toEqual({ max, count, color: hexColor(count, max).slice(0, 3) });
            }
        }
    });

    it('finds the largest count', () => {
        expect(maxCount([{ count: 3 }, { count: 9 }, { count: 1 }])).toBe(9);
        expect(maxCount([])).toBe(0);
    });
});
