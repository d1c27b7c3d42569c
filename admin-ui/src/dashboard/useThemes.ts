import { useCallback, useMemo } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { THEME_KEYS } from '../types';

export interface ThemeInfo {
    /** Theme keys in codebook order. */
    ids: string[];
    label: (id: string) => string;
}

/**
 * The codebook (`themes` resource) for chips and charts; while it loads, or when it is not there,
 * the 12 initial keys with their translated labels.
 */
export const useThemes = (): ThemeInfo => {
    const translate = useTranslate();
    const { data } = useGetList<{ id: string; label: string }>(
        'themes',
        { pagination: { page: 1, perPage: 100 }, sort: { field: 'position', order: 'ASC' } },
        { retry: false, staleTime: 5 * 60 * 1000 },
    );
    const labels = useMemo(() => new Map((data ?? []).map((t) => [String(t.id), t.label])), [data]);
    const ids = useMemo(() => (data?.length ? data.map((t) => String(t.id)) : [...THEME_KEYS]), [data]);
    const label = useCallback(
        (id: string) => labels.get(id) || translate(`herzensorte.theme.${id}`, { _: id }),
        [labels, translate],
    );
    // one object while the codebook and the language stay the same (callers memoise on it)
    return useMemo(() => ({ ids, label }), [ids, label]);
};
