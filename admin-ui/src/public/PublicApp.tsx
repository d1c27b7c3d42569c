// The public Herzensorte page at /herzensorte: submit a place, discover approved ones.
// Plain React and CSS (no react-admin, no MUI) to keep the page light on a phone.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import DiscoverView from './DiscoverView';
import type { EntryFilter } from './filters';
import { formatHash } from './hash';
import { initialLang, translator, type Lang } from './i18n';
import { I18nContext } from './I18nContext';
import SubmitView from './SubmitView';
import { useHashRoute } from './useHashRoute';

const LANG_KEY = 'herzensorte.lang';

const storedLang = (): string | null => {
    try {
        return window.localStorage.getItem(LANG_KEY);
    } catch {
        return null;
    }
};

export const PublicApp = () => {
    const [lang, setLang] = useState<Lang>(() => initialLang(storedLang(), window.location.search));
    const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
    const { t } = i18n;
    const [route, navigate] = useHashRoute();
    const [filter, setFilter] = useState<EntryFilter>(() => ({ districtId: route.districtId ?? null, theme: route.theme ?? null, q: '' }));
    const [announcement, setAnnouncement] = useState('');
    const mainRef = useRef<HTMLElement>(null);
    // Focus goes to the new view's heading when the visitor switches views, not on the first load.
    const firstView = useRef(route.view);
    const [switched, setSwitched] = useState(false);

    useEffect(() => {
        if (route.view !== firstView.current) setSwitched(true);
    }, [route.view]);

    useEffect(() => {
        document.documentElement.lang = lang;
        document.title = t('page.title');
        try {
            window.localStorage.setItem(LANG_KEY, lang);
        } catch {
            // private mode: the choice lasts for this page only
        }
    }, [lang, t]);

    const announce = useCallback((message: string) => {
        // Emptied first, so that the same message is announced again.
        setAnnouncement('');
        window.setTimeout(() => setAnnouncement(message), 50);
    }, []);

    const other: Lang = lang === 'de' ? 'en' : 'de';
    const discoverHash = formatHash({ view: 'discover', districtId: filter.districtId ?? undefined, theme: filter.theme ?? undefined });

    return (
        <I18nContext.Provider value={i18n}>
            <a
                className="skip-link"
                href="#main"
                onClick={(event) => {
                    event.preventDefault();
                    mainRef.current?.focus();
                }}
            >
                {t('page.skip')}
            </a>
            <header className="site-header">
                <div className="site-brand">
                    <span className="site-heart" aria-hidden="true">
                        ♥
                    </span>
                    <div>
                        <h1 className="site-title">Herzensorte Dortmund</h1>
                        <p className="site-tagline">{t('page.tagline')}</p>
                    </div>
                </div>
                <button type="button" className="button button--small lang-switch" lang={other} onClick={() => setLang(other)} data-testid="lang-switch">
                    {t('lang.switch')}
                </button>
            </header>
            <nav className="site-nav" aria-label={t('nav.label')}>
                <ul>
                    <li>
                        <a href="#mitmachen" aria-current={route.view === 'submit' ? 'page' : undefined}>
                            {t('nav.submit')}
                        </a>
                    </li>
                    <li>
                        <a href={discoverHash} aria-current={route.view === 'discover' ? 'page' : undefined} data-testid="nav-discover">
                            {t('nav.discover')}
                        </a>
                    </li>
                </ul>
            </nav>
            <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
                {route.view === 'submit' ? (
                    <SubmitView announce={announce} focusHeading={switched} />
                ) : (
                    <DiscoverView route={route} navigate={navigate} filter={filter} setFilter={setFilter} announce={announce} focusHeading={switched} />
                )}
            </main>
            <footer className="site-footer">
                <p>{t('footer.privacy')}</p>
            </footer>
            <div className="sr-only" role="status" aria-live="polite" data-testid="announcer">
                {announcement}
            </div>
        </I18nContext.Provider>
    );
};

export default PublicApp;
