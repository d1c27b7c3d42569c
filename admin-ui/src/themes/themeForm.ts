// The theme form (codebook): key, label, keywords. Pure helpers, tested in themeForm.spec.ts;
// the limits are the API's (backend/src/analytics/theme.dto.ts).

export const THEME_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const LABEL_MAX = 60;
export const KEYWORD_MIN = 2;
export const KEYWORD_MAX = 60;
export const KEYWORDS_MAX = 300;

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A key proposed from the label: "Spielplätze & Parks" → "spielplaetze-parks". */
export const themeIdFromLabel = (label: string): string =>
    label
        .toLowerCase()
        .replace(/[äöüß]/g, (c) => UMLAUTS[c])
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 64)
        .replace(/-+$/, '');

/** Trimmed keywords without empty ones and without duplicates (ignoring case), in the order given. */
export const normaliseKeywords = (keywords: unknown): string[] => {
    if (!Array.isArray(keywords)) return [];
    const seen = new Set<string>();
    const result: string[] = [];
    for (const raw of keywords) {
        if (typeof raw !== 'string') continue;
        const keyword = raw.trim().replace(/\s+/g, ' ');
        const key = keyword.toLowerCase();
        if (!keyword || seen.has(key)) continue;
        seen.add(key);
        result.push(keyword);
    }
    return result;
};

/** Translation key of the keyword list's problem, or undefined. */
export const keywordsError = (keywords: unknown): string | undefined => {
    const list = normaliseKeywords(keywords);
    if (list.length > KEYWORDS_MAX) return 'herzensorte.themes.too_many_keywords';
    if (list.some((k) => k.length < KEYWORD_MIN)) return 'herzensorte.themes.keyword_too_short';
    if (list.some((k) => k.length > KEYWORD_MAX)) return 'herzensorte.themes.keyword_too_long';
    return undefined;
};

export const themeIdError = (id: unknown): string | undefined =>
    typeof id === 'string' && THEME_ID_PATTERN.test(id) ? undefined : 'herzensorte.themes.id_invalid';

/** What the API takes: POST {id, label, keywords}; PUT {label, keywords} (plus the id react-admin sends). */
export const toThemePayload = (data: Record<string, unknown>, mode: 'create' | 'edit') => ({
    ...(mode === 'create' || data.id !== undefined ? { id: typeof data.id === 'string' ? data.id.trim() : data.id } : {}),
    label: typeof data.label === 'string' ? data.label.trim() : '',
    keywords: normaliseKeywords(data.keywords),
});
