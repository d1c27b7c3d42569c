import { useCallback, useEffect, useState } from 'react';
import { formatHash, parseHash, type Route } from './hash';

/** The route in the URL fragment; `navigate` pushes a history entry unless `replace` is set. */
export const useHashRoute = () => {
    const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));

    useEffect(() => {
        const update = () => setRoute(parseHash(window.location.hash));
        window.addEventListener('hashchange', update);
        return () => window.removeEventListener('hashchange', update);
    }, []);

    const navigate = useCallback((next: Route, options: { replace?: boolean } = {}) => {
        const hash = formatHash(next);
        if (options.replace) {
            window.history.replaceState(window.history.state, '', hash);
            setRoute(parseHash(hash));
        } else if (window.location.hash !== hash) {
            window.location.hash = hash; // fires hashchange
        } else setRoute(parseHash(hash));
    }, []);

    return [route, navigate] as const;
};
