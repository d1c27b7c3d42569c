// Colour scales and legends of the analytics maps (district choropleth, heat, hexagons).
// Pure functions on plain numbers, so they can be tested without deck.gl.
import type { RGBA } from './colors';

/** What the analytics map shows: districts coloured by a measure, a heatmap, or H3 hexagons. */
export const ANALYTICS_MAP_MODES = ['choropleth', 'heatmap', 'hexagons'] as const;
export type AnalyticsMapMode = (typeof ANALYTICS_MAP_MODES)[number];

/** What a district's colour shows. */
export const MEASURES = ['count', 'per10k', 'perKm2'] as const;
export type Measure = (typeof MEASURES)[number];

/** Sequential orange–red (ColorBrewer OrRd, 6 classes): light = few, dark = many. */
export const SEQUENTIAL_PALETTE: readonly RGBA[] = [
    [254, 237, 222, 255],
    [253, 208, 162, 255],
    [253, 174, 107, 255],
    [241, 105, 19, 255],
    [217, 72, 1, 255],
    [140, 45, 4, 255],
];

/** Districts without a value (no population or area known). */
export const NO_DATA_FILL: RGBA = [224, 224, 224, 255];

/** The heatmap's colour ramp (HeatmapLayer `colorRange`, RGB). */
export const HEAT_COLOR_RANGE: [number, number, number][] = [
    [255, 255, 178],
    [254, 217, 118],
    [254, 178, 76],
    [253, 141, 60],
    [240, 59, 32],
    [189, 0, 38],
];

export const MAX_CLASSES = SEQUENTIAL_PALETTE.length;

const finite = (values: readonly (number | null | undefined)[]): number[] =>
    values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/** Value of a sorted array at quantile q (linear interpolation between neighbours). */
export const quantile = (sorted: readonly number[], q: number): number => {
    if (sorted.length === 0) return NaN;
    const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
    const lower = Math.floor(position);
    const upper = Math.ceil(position);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
};

/** Rounds a class limit to 2 significant digits below 100, to whole numbers above (legend-friendly). */
export const niceLimit = (value: number): number => {
    if (value === 0 || !Number.isFinite(value)) return value;
    if (Math.abs(value) >= 100) return Math.round(value);
    const digits = Math.max(0, 1 - Math.floor(Math.log10(Math.abs(value))));
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
};

/**
 * Quantile class limits: the thresholds between classes, ascending and distinct, so a value v
 * falls into class i when thresholds[i-1] <= v < thresholds[i]. Fewer distinct values give fewer
 * classes; one value (or none) gives no thresholds (a single class).
 */
export const quantileThresholds = (values: readonly (number | null | undefined)[], classes = 5): number[] => {
    const sorted = finite(values).sort((a, b) => a - b);
    if (sorted.length < 2 || sorted[0] === sorted[sorted.length - 1]) return [];
    const n = Math.max(1, Math.min(classes, MAX_CLASSES, sorted.length));
    const thresholds: number[] = [];
    for (let k = 1; k < n; k++) {
        const limit = niceLimit(quantile(sorted, k / n));
        const last = thresholds[thresholds.length - 1];
        // a limit at or below the minimum would leave the first class empty
        if (limit > sorted[0] && (last === undefined || limit > last)) thresholds.push(limit);
    }
    return thresholds;
};

/** Index of the class of `value` (0 … thresholds.length). */
export const classIndex = (value: number, thresholds: readonly number[]): number => {
    let i = 0;
    while (i < thresholds.length && value >= thresholds[i]) i++;
    return i;
};

/** `count` colours spread over the palette, always including its lightest and darkest. */
export const paletteFor = (count: number, palette: readonly RGBA[] = SEQUENTIAL_PALETTE): RGBA[] => {
    if (count <= 1) return [palette[Math.floor((palette.length - 1) / 2)]];
    const n = Math.min(count, palette.length);
    return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]);
};

export interface ColorScale {
    thresholds: number[];
    colors: RGBA[];
}

export const colorScale = (values: readonly (number | null | undefined)[], classes = 5): ColorScale => {
    const thresholds = quantileThresholds(values, classes);
    return { thresholds, colors: paletteFor(thresholds.length + 1) };
};

export const colorOf = (value: number | null | undefined, scale: ColorScale, alpha = 255): RGBA => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return [NO_DATA_FILL[0], NO_DATA_FILL[1], NO_DATA_FILL[2], alpha];
    const [r, g, b] = scale.colors[Math.min(classIndex(value, scale.thresholds), scale.colors.length - 1)];
    return [r, g, b, alpha];
};

export interface LegendItem {
    color: RGBA;
    /** Lower limit (inclusive); null for the first class (from the minimum). */
    from: number | null;
    /** Upper limit (exclusive); null for the last class (up to the maximum). */
    to: number | null;
}

/** One item per class, lightest first. */
export const legendItems = (scale: ColorScale): LegendItem[] =>
    scale.colors.map((color, i) => ({
        color,
        from: i === 0 ? null : scale.thresholds[i - 1],
        to: i < scale.thresholds.length ? scale.thresholds[i] : null,
    }));

/**
 * The legend label of a class: "unter 5", "5 – 10", "ab 10" (phrases from the translation),
 * or "alle" when there is only one class.
 */
export const legendLabel = (
    item: Pick<LegendItem, 'from' | 'to'>,
    format: (value: number) => string,
    phrases: { below: string; range: string; atLeast: string; all: string },
): string => {
    const fill = (phrase: string, values: Record<string, number>) =>
        phrase.replace(/%\{(\w+)\}/g, (_, key: string) => (key in values ? format(values[key]) : ''));
    if (item.from === null && item.to === null) return phrases.all;
    if (item.from === null) return fill(phrases.below, { to: item.to! });
    if (item.to === null) return fill(phrases.atLeast, { from: item.from });
    return fill(phrases.range, { from: item.from, to: item.to });
};

/** The value of a district for a measure. */
export const measureValue = (
    district: { count: number; per10k: number | null; perKm2: number | null },
    measure: Measure,
): number | null => (measure === 'count' ? district.count : district[measure]);

/** Hexagon colour: square-root scale over the palette, so that a few busy cells don't wash out the rest. */
export const hexColor = (count: number, max: number, alpha = 220): RGBA => {
    if (!(max > 0) || !(count > 0)) {
        const [r, g, b] = SEQUENTIAL_PALETTE[0];
        return [r, g, b, alpha];
    }
    const t = Math.sqrt(Math.min(1, count / max));
    const [r, g, b] = SEQUENTIAL_PALETTE[Math.min(SEQUENTIAL_PALETTE.length - 1, Math.floor(t * SEQUENTIAL_PALETTE.length))];
    return [r, g, b, alpha];
};

/** Limits of the hexagon legend: the counts where the colour changes (inverse of hexColor's scale). */
export const hexLegend = (max: number): LegendItem[] => {
    const n = SEQUENTIAL_PALETTE.length;
    if (!(max > 0)) return [{ color: SEQUENTIAL_PALETTE[0], from: null, to: null }];
    const items: LegendItem[] = [];
    let from: number | null = null;
    for (let i = 0; i < n; i++) {
        // hexColor gives class i for sqrt(count/max) in [i/n, (i+1)/n)
        const upper = i === n - 1 ? null : Math.ceil(max * ((i + 1) / n) ** 2);
        if (upper !== null && from !== null && upper <= from) continue;
        if (upper !== null && upper <= 1) continue;
        items.push({ color: SEQUENTIAL_PALETTE[i], from, to: upper });
        from = upper;
    }
    return items;
};

export const maxCount = (cells: readonly { count: number }[]): number =>
    cells.reduce((max, cell) => (cell.count > max ? cell.count : max), 0);
