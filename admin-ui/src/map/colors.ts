// Colours of the district map. Plain RGBA arrays (0–255) as deck.gl wants them;
// the page background uses the same colour so canvas and frame match.

export type RGBA = [number, number, number, number];

export const MAP_BACKGROUND: RGBA = [246, 244, 239, 255];
export const DISTRICT_FILL: RGBA = [218, 226, 236, 255];
export const DISTRICT_LINE: RGBA = [112, 124, 142, 255];
export const DISTRICT_HIGHLIGHT_FILL: RGBA = [255, 213, 190, 255];
export const DISTRICT_HIGHLIGHT_LINE: RGBA = [191, 54, 12, 255];
/** The pin: a strong red that stands out against every fill above. */
export const PIN_FILL: RGBA = [204, 0, 51, 255];
export const PIN_LINE: RGBA = [255, 255, 255, 255];

export const districtFillColor = (districtId: string | undefined, highlightedId?: string | null): RGBA =>
    highlightedId && districtId === highlightedId ? DISTRICT_HIGHLIGHT_FILL : DISTRICT_FILL;

export const districtLineColor = (districtId: string | undefined, highlightedId?: string | null): RGBA =>
    highlightedId && districtId === highlightedId ? DISTRICT_HIGHLIGHT_LINE : DISTRICT_LINE;

export const districtLineWidth = (districtId: string | undefined, highlightedId?: string | null): number =>
    highlightedId && districtId === highlightedId ? 3 : 1;

export const toCss = ([r, g, b, a]: RGBA): string => `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;

/** `#rrggbb` (or `#rgb`) to RGBA. */
export const hexToRgba = (hex: string, alpha = 255): RGBA => {
    const digits = hex.replace(/^#/, '');
    const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
    if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`Not a hex colour: ${hex}`);
    return [
        parseInt(full.slice(0, 2), 16),
        parseInt(full.slice(2, 4), 16),
        parseInt(full.slice(4, 6), 16),
        alpha,
    ];
};

/** Euclidean RGB distance; used to keep the pin distinguishable from the fills. */
export const colorDistance = (a: RGBA, b: RGBA): number =>
    Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
