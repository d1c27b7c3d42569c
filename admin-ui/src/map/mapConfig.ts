// GET /api/public/config → { mapStyleUrl }: the basemap style the server allows (MAP_STYLE_URL;
// its origin and MAP_TILE_HOSTS are the only foreign hosts in the CSP). Pure parts here.

export const MAP_CONFIG_URL = '/api/public/config';

export interface MapConfig {
    /** Style JSON of the basemap, or null: district outlines on a plain background (works offline). */
    mapStyleUrl: string | null;
}

export const NO_BASEMAP: MapConfig = { mapStyleUrl: null };

/** The config of a response body; anything unusable (missing endpoint, not http(s)) means no basemap. */
export const parseMapConfig = (body: unknown): MapConfig => {
    const url = (body as { mapStyleUrl?: unknown } | null)?.mapStyleUrl;
    if (typeof url !== 'string' || url.trim() === '') return NO_BASEMAP;
    try {
        const parsed = new URL(url, 'http://localhost/');
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? { mapStyleUrl: url } : NO_BASEMAP;
    } catch {
        return NO_BASEMAP;
    }
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©' };

/** HTML attribution strings of a style's sources as plain text (never rendered as HTML), without duplicates. */
export const attributionText = (html: readonly (string | null | undefined)[]): string => {
    const parts = html
        .filter((s): s is string => typeof s === 'string')
        .map((s) =>
            s
                .replace(/<[^>]*>/g, ' ')
                .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (entity, code: string) => {
                    if (code[0] === '#') {
                        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
                        return Number.isFinite(n) ? String.fromCodePoint(n) : entity;
                    }
                    return ENTITIES[code.toLowerCase()] ?? entity;
                })
                .replace(/\s+/g, ' ')
                .trim(),
        )
        .filter(Boolean);
    return [...new Set(parts)].join(' | ');
};
