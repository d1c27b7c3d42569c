import { useEffect, useRef, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

export interface ApiState<T> {
    data: T | undefined;
    error: unknown;
    /** True while a request for the current key is on its way (the previous data stays shown). */
    isPending: boolean;
}

/**
 * Calls a custom data provider method whenever `key` changes (e.g. the JSON of a filter) and keeps
 * the previous result until the new one is there, so charts don't flash empty on a filter change.
 * `key === null` skips the call.
 */
export const useApi = <T>(key: string | null, load: (dataProvider: AppDataProvider) => Promise<{ data: T }>): ApiState<T> => {
    const dataProvider = useDataProvider<AppDataProvider>();
    const loadRef = useRef(load);
    loadRef.current = load;
    const [state, setState] = useState<ApiState<T>>({ data: undefined, error: undefined, isPending: key !== null });

    useEffect(() => {
        if (key === null) return;
        let active = true;
        setState((s) => ({ ...s, isPending: true }));
        loadRef.current(dataProvider).then(
            ({ data }) => active && setState({ data, error: undefined, isPending: false }),
            (error: unknown) => active && setState((s) => ({ data: s.data, error, isPending: false })),
        );
        return () => {
            active = false;
        };
    }, [key, dataProvider]);

    return state;
};
