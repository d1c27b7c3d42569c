import { useEffect, useState } from 'react';

export interface LoadState<T> {
    data: T | undefined;
    error: unknown;
    isPending: boolean;
}

/**
 * A hook for data that does not change while the console is open (district boundaries, map
 * config): fetched once per page load and shared by every component that uses it. A failed
 * fetch is retried by the next component that mounts.
 */
export const sharedLoader = <T>(load: () => Promise<T>): (() => LoadState<T>) => {
    let cached: T | undefined;
    let pending: Promise<T> | undefined;
    const get = (): Promise<T> =>
        (pending ??= load().then(
            (value) => {
                cached = value;
                return value;
            },
            (error: unknown) => {
                pending = undefined;
                throw error;
            },
        ));

    return () => {
        const [state, setState] = useState<LoadState<T>>(() => ({ data: cached, error: undefined, isPending: cached === undefined }));
        const loaded = state.data !== undefined;
        useEffect(() => {
            if (loaded) return;
            let active = true;
            get().then(
                (data) => active && setState({ data, error: undefined, isPending: false }),
                (error: unknown) => active && setState({ data: undefined, error, isPending: false }),
            );
            return () => {
                active = false;
            };
        }, [loaded]);
        return state;
    };
};
