import { useEffect, useRef, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import type { ModerationStats } from '../types';

const POLL_MS = 60 * 1000;

/** GET /api/moderation/stats, again whenever `refreshKey` changes and every minute. */
export const useModerationStats = (refreshKey: unknown) => {
    const dataProvider = useDataProvider<AppDataProvider>();
    const providerRef = useRef(dataProvider);
    providerRef.current = dataProvider;
    const [state, setState] = useState<{ data?: ModerationStats; error?: unknown }>({});

    useEffect(() => {
        let active = true;
        const load = () =>
            providerRef.current.getModerationStats().then(
                ({ data }) => active && setState({ data }),
                (error: unknown) => active && setState((s) => ({ data: s.data, error })),
            );
        load();
        const timer = window.setInterval(load, POLL_MS);
        return () => {
            active = false;
            window.clearInterval(timer);
        };
    }, [refreshKey]);

    return state;
};
