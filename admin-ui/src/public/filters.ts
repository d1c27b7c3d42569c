// The approved entries of GET /api/public/entries and the client-side filters over them.

export interface PublicEntry {
    id: string;
    placeName: string;
    story: string;
    firstName: string | null;
    districtId: string | null;
    themes: string[];
    lon: number;
    lat: number;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** The entries of a FeatureCollection body; features without a usable point or id are dropped. */
export const parseEntryCollection = (body: unknown): PublicEntry[] => {
    const features = (body as { features?: unknown } | null)?.features;
    if (!Array.isArray(features)) return [];
    return features.flatMap((feature): PublicEntry[] => {
        if (!feature || typeof feature !== 'object') return [];
        const { id, properties, geometry } = feature as { id?: unknown; properties?: Record<string, unknown> | null; geometry?: { type?: unknown; coordinates?: unknown } | null };
        const coordinates = geometry?.type === 'Point' && Array.isArray(geometry.coordinates) ? geometry.coordinates : null;
        const lon = Number(coordinates?.[0]);
        const lat = Number(coordinates?.[1]);
        const entryId = str(properties?.id) ?? (typeof id === 'string' || typeof id === 'number' ? String(id) : null);
        if (!entryId || !coordinates || !Number.isFinite(lon) || !Number.isFinite(lat)) return [];
        return [
            {
                id: entryId,
                placeName: str(properties?.placeName) ?? '',
                story: typeof properties?.story === 'string' ? properties.story : '',
                firstName: str(properties?.firstName),
                districtId: str(properties?.districtId),
                themes: Array.isArray(properties?.themes) ? properties.themes.filter((t): t is string => typeof t === 'string') : [],
                lon,
                lat,
            },
        ];
    });
};

export interface EntryFilter {
    districtId?: string | null;
    theme?: string | null;
    /** Free text over place name, story and first name; case and accents do not matter. */
    q?: string | null;
}

/** Lower case without accents: "Hörde" matches "horde" and "HÖRDE". */
export const foldText = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de');

export const filterEntries = (entries: readonly PublicEntry[], filter: EntryFilter): PublicEntry[] => {
    const words = filter.q ? foldText(filter.q).split(/\s+/).filter(Boolean) : [];
    if (!filter.districtId && !filter.theme && words.length === 0) return entries.slice();
    return entries.filter((entry) => {
        if (filter.districtId && entry.districtId !== filter.districtId) return false;
        if (filter.theme && !entry.themes.includes(filter.theme)) return false;
        if (words.length) {
            const haystack = foldText(`${entry.placeName} ${entry.story} ${entry.firstName ?? ''}`);
            if (!words.every((word) => haystack.includes(word))) return false;
        }
        return true;
    });
};

/** How many entries each key has (for "Natur (12)" in the filter options). */
export const countBy = (entries: readonly PublicEntry[], keysOf: (entry: PublicEntry) => readonly (string | null)[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const entry of entries) for (const key of keysOf(entry)) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
};

export const isFiltered = (filter: EntryFilter): boolean => Boolean(filter.districtId || filter.theme || filter.q?.trim());
