// The page's state in the URL fragment, so that a link can point at one entry:
//   #mitmachen (default)          the submission form
//   #entdecken[&bezirk=…][&thema=…]  the discover view, optionally filtered
//   #eintrag=<id>                 the discover view with that entry's detail open
// English aliases (#submit, #discover, #entry=<id>) are understood too.

export type View = 'submit' | 'discover';

export interface Route {
    view: View;
    entryId?: string;
    districtId?: string;
    theme?: string;
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;
const KEY = /^[a-z0-9_-]{1,60}$/;

const decode = (value: string): string | undefined => {
    try {
        return decodeURIComponent(value.replace(/\+/g, ' ')).trim();
    } catch {
        return undefined;
    }
};

/** Never throws: anything it does not understand is the submission form. */
export const parseHash = (hash: string | null | undefined): Route => {
    const parts = (hash ?? '').replace(/^#/, '').split('&').filter(Boolean);
    const route: Route = { view: 'submit' };
    for (const part of parts) {
        const eq = part.indexOf('=');
        const key = (eq < 0 ? part : part.slice(0, eq)).toLowerCase();
        const value = eq < 0 ? '' : decode(part.slice(eq + 1)) ?? '';
        if (key === 'entdecken' || key === 'discover') route.view = 'discover';
        else if ((key === 'eintrag' || key === 'entry') && ID.test(value)) {
            route.view = 'discover';
            route.entryId = value;
        } else if ((key === 'bezirk' || key === 'district') && KEY.test(value)) route.districtId = value;
        else if ((key === 'thema' || key === 'theme') && KEY.test(value)) route.theme = value;
    }
    if (route.view === 'submit') return { view: 'submit' };
    return route;
};

/** The fragment for a route (the inverse of parseHash for what it produces). */
export const formatHash = (route: Route): string => {
    if (route.view === 'submit') return '#mitmachen';
    if (route.entryId) return `#eintrag=${encodeURIComponent(route.entryId)}`;
    const parts = ['entdecken'];
    if (route.districtId) parts.push(`bezirk=${encodeURIComponent(route.districtId)}`);
    if (route.theme) parts.push(`thema=${encodeURIComponent(route.theme)}`);
    return `#${parts.join('&')}`;
};

/** Absolute link to one entry, e.g. https://example.org/herzensorte#eintrag=<id>. */
export const entryLink = (location: { origin: string; pathname: string }, id: string): string =>
    `${location.origin}${location.pathname}${formatHash({ view: 'discover', entryId: id })}`;
