// Discover approved entries: filters (district, theme, text), the map and, beside it, the list as
// the accessible way to the same entries; `#eintrag=<id>` opens one entry's detail.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDistrictGeometry } from '../map/useDistrictGeometry';
import { fetchEntries } from './api';
import { countBy, filterEntries, isFiltered, type EntryFilter, type PublicEntry } from './filters';
import { entryLink, formatHash, type Route } from './hash';
import { THEME_KEYS, themeLabel } from './i18n';
import { useI18n } from './I18nContext';

const EntriesMap = lazy(() => import('./EntriesMap'));

const PAGE_SIZE = 50;
const SNIPPET = 140;

type Load = { status: 'loading' } | { status: 'error' } | { status: 'ready'; entries: PublicEntry[] };

export interface DiscoverViewProps {
    route: Route;
    navigate: (route: Route, options?: { replace?: boolean }) => void;
    filter: EntryFilter;
    setFilter: (filter: EntryFilter) => void;
    announce: (message: string) => void;
    focusHeading: boolean;
}

const snippet = (story: string) => (story.length > SNIPPET ? `${story.slice(0, SNIPPET).replace(/\s+\S*$/, '')} …` : story);

export const DiscoverView = ({ route, navigate, filter, setFilter, announce, focusHeading }: DiscoverViewProps) => {
    const { lang, t } = useI18n();
    const { data: districts } = useDistrictGeometry();
    const [load, setLoad] = useState<Load>({ status: 'loading' });
    const [attempt, setAttempt] = useState(0);
    const [limit, setLimit] = useState(PAGE_SIZE);
    const headingRef = useRef<HTMLHeadingElement>(null);
    const detailHeadingRef = useRef<HTMLHeadingElement>(null);
    const listRef = useRef<HTMLUListElement>(null);
    const lastOpened = useRef<string | null>(null);

    useEffect(() => {
        const controller = new AbortController();
        setLoad({ status: 'loading' });
        fetchEntries(controller.signal).then(
            (entries) => setLoad({ status: 'ready', entries }),
            () => !controller.signal.aborted && setLoad({ status: 'error' }),
        );
        return () => controller.abort();
    }, [attempt]);

    useEffect(() => {
        if (focusHeading && !route.entryId) headingRef.current?.focus();
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [focusHeading]);

    const all = load.status === 'ready' ? load.entries : [];
    const filtered = useMemo(() => filterEntries(all, filter), [all, filter]);
    const selected = route.entryId ? (all.find((e) => e.id === route.entryId) ?? null) : null;

    const districtNames = useMemo(() => new Map((districts?.features ?? []).map((f) => [f.properties.id, f.properties.name])), [districts]);
    const districtOptions = useMemo(
        () => [...(districts?.features ?? [])].map((f) => f.properties).sort((a, b) => a.nr - b.nr || a.name.localeCompare(b.name)),
        [districts],
    );
    const themeCounts = useMemo(() => countBy(all, (e) => e.themes), [all]);
    const districtCounts = useMemo(() => countBy(all, (e) => [e.districtId]), [all]);

    // Filters live in the fragment too (#entdecken&bezirk=…&thema=…), so a filtered view can be shared.
    const changeFilter = (next: EntryFilter) => {
        setFilter(next);
        setLimit(PAGE_SIZE);
        if (!route.entryId) navigate({ view: 'discover', districtId: next.districtId ?? undefined, theme: next.theme ?? undefined }, { replace: true });
    };

    const open = useCallback((id: string) => navigate({ view: 'discover', entryId: id }), [navigate]);
    const back = () => navigate({ view: 'discover', districtId: filter.districtId ?? undefined, theme: filter.theme ?? undefined });

    // Focus follows the detail: its heading when opened, the entry's list item when closed again.
    useEffect(() => {
        if (route.entryId && selected) {
            lastOpened.current = route.entryId;
            detailHeadingRef.current?.focus();
        } else if (!route.entryId && lastOpened.current) {
            const index = filtered.findIndex((e) => e.id === lastOpened.current);
            if (index >= limit) setLimit(index + 1);
            const id = lastOpened.current;
            requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"]`)?.focus());
            lastOpened.current = null;
        }
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [route.entryId, selected?.id]);

    const countText =
        load.status !== 'ready'
            ? ''
            : filtered.length === 0
              ? t('discover.countNone')
              : filtered.length === 1
                ? t('discover.countOne')
                : t('discover.count', { count: filtered.length });

    const copy = async (link: string) => {
        try {
            await navigator.clipboard.writeText(link);
            announce(t('discover.copied'));
        } catch {
            // No clipboard (insecure context, permission): the link is right there to copy by hand.
        }
    };

    const metaOf = (entry: PublicEntry) =>
        [
            entry.districtId && districtNames.get(entry.districtId) ? t('discover.inDistrict', { district: districtNames.get(entry.districtId)! }) : null,
            entry.firstName ? t('discover.by', { name: entry.firstName }) : null,
        ]
            .filter(Boolean)
            .join(' · ');

    const detail = route.entryId ? (
        selected ? (
            <article className="entry-detail" aria-labelledby="entry-title" data-testid="entry-detail" data-entry-id={selected.id}>
                <button type="button" className="button button--link" onClick={back}>
                    <span aria-hidden="true">← </span>
                    {t('discover.back')}
                </button>
                <h3 id="entry-title" ref={detailHeadingRef} tabIndex={-1}>
                    {selected.placeName}
                </h3>
                {metaOf(selected) && <p className="entry-meta">{metaOf(selected)}</p>}
                <p className="entry-story">{selected.story}</p>
                {selected.themes.length > 0 && (
                    <ul className="tags" aria-label={t('discover.themes')}>
                        {selected.themes.map((theme) => (
                            <li key={theme}>{themeLabel(lang, theme)}</li>
                        ))}
                    </ul>
                )}
                <p className="share">
                    <a href={formatHash({ view: 'discover', entryId: selected.id })} data-testid="share-link">
                        {t('discover.share')}
                    </a>
                    {typeof navigator !== 'undefined' && navigator.clipboard && (
                        <button type="button" className="button button--small" onClick={() => copy(entryLink(window.location, selected.id))}>
                            {t('discover.copy')}
                        </button>
                    )}
                </p>
            </article>
        ) : load.status === 'ready' ? (
            <div className="entry-detail" data-testid="entry-missing">
                <button type="button" className="button button--link" onClick={back}>
                    <span aria-hidden="true">← </span>
                    {t('discover.back')}
                </button>
                <p role="status">{t('discover.notFound')}</p>
            </div>
        ) : null
    ) : null;

    return (
        <section className="view discover-view" aria-labelledby="discover-heading">
            <h2 id="discover-heading" ref={headingRef} tabIndex={-1}>
                {t('discover.heading')}
            </h2>
            <form className="filters" role="search" aria-label={t('discover.filters')} onSubmit={(e) => e.preventDefault()}>
                <div className="field">
                    <label htmlFor="filter-district">{t('discover.district')}</label>
                    <select
                        id="filter-district"
                        value={filter.districtId ?? ''}
                        onChange={(e) => changeFilter({ ...filter, districtId: e.target.value || null })}
                    >
                        <option value="">{t('discover.allDistricts')}</option>
                        {districtOptions.map((d) => (
                            <option key={d.id} value={d.id}>
                                {d.name} ({districtCounts.get(d.id) ?? 0})
                            </option>
                        ))}
                    </select>
                </div>
                <div className="field">
                    <label htmlFor="filter-theme">{t('discover.theme')}</label>
                    <select id="filter-theme" value={filter.theme ?? ''} onChange={(e) => changeFilter({ ...filter, theme: e.target.value || null })}>
                        <option value="">{t('discover.allThemes')}</option>
                        {THEME_KEYS.map((key) => (
                            <option key={key} value={key}>
                                {themeLabel(lang, key)} ({themeCounts.get(key) ?? 0})
                            </option>
                        ))}
                    </select>
                </div>
                <div className="field">
                    <label htmlFor="filter-q">{t('discover.search')}</label>
                    <input id="filter-q" type="search" value={filter.q ?? ''} onChange={(e) => changeFilter({ ...filter, q: e.target.value })} autoComplete="off" />
                </div>
                {isFiltered(filter) && (
                    <button type="button" className="button button--small filters-reset" onClick={() => changeFilter({ districtId: null, theme: null, q: '' })}>
                        {t('discover.reset')}
                    </button>
                )}
            </form>
            <div className="discover-grid">
                <div className="discover-map">
                    <p className="field-help" id="entries-map-help">
                        {t('discover.mapHelp')}
                    </p>
                    <Suspense fallback={<div className="map-placeholder">{t('map.loading')}</div>}>
                        <EntriesMap
                            entries={filtered}
                            selected={selected}
                            districtId={filter.districtId}
                            onSelect={open}
                            label={t('discover.mapLabel')}
                            describedBy="entries-map-help"
                        />
                    </Suspense>
                </div>
                <div className="discover-side">
                    {detail ?? (
                        <>
                            <p className="list-count" role="status" data-testid="list-count">
                                {load.status === 'loading' ? t('discover.loading') : countText}
                            </p>
                            {load.status === 'error' && (
                                <p className="form-error">
                                    {t('discover.loadError')}{' '}
                                    <button type="button" className="button button--small" onClick={() => setAttempt((n) => n + 1)}>
                                        {t('discover.retry')}
                                    </button>
                                </p>
                            )}
                            {filtered.length > 0 && (
                                <ul className="entry-list" aria-label={t('discover.list')} ref={listRef} data-testid="entry-list">
                                    {filtered.slice(0, limit).map((entry) => (
                                        <li key={entry.id}>
                                            <a
                                                className="entry-link"
                                                href={formatHash({ view: 'discover', entryId: entry.id })}
                                                data-entry-id={entry.id}
                                            >
                                                <span className="entry-name">{entry.placeName}</span>
                                                {metaOf(entry) && <span className="entry-meta">{metaOf(entry)}</span>}
                                                <span className="entry-snippet">{snippet(entry.story)}</span>
                                            </a>
                                        </li>
                                    ))}
                                </ul>
                            )}
                            {filtered.length > limit && (
                                <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
                                    {t('discover.more', { count: filtered.length - limit })}
                                </button>
                            )}
                        </>
                    )}
                </div>
            </div>
        </section>
    );
};

export default DiscoverView;
