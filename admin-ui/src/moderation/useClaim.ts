import { useEffect, useRef, useState } from 'react';
import { useDataProvider, type Identifier } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

export type ClaimState =
    | { state: 'idle' }
    | { state: 'claiming' }
    | { state: 'mine'; claimedBy: string; claimedUntil: string }
    | { state: 'taken'; message: string }
    | { state: 'failed'; message: string };

/** Claims last five minutes on the server; renew well before they run out. */
export const CLAIM_RENEW_MS = 2 * 60 * 1000;

/**
 * Claims the entry shown in the moderation view, renews the claim while it is
 * open and releases it when another entry is shown or the view closes. A 409
 * (someone else holds it) calls `onTaken` with the server's message.
 */
export const useClaim = (
    id: Identifier | null | undefined,
    onTaken: (id: Identifier, message: string) => void,
): ClaimState => {
    const dataProvider = useDataProvider<AppDataProvider>();
    const providerRef = useRef(dataProvider);
    providerRef.current = dataProvider;
    const onTakenRef = useRef(onTaken);
    onTakenRef.current = onTaken;
    const [claim, setClaim] = useState<ClaimState>({ state: 'idle' });

    useEffect(() => {
        if (id == null) {
            setClaim({ state: 'idle' });
            return;
        }
        let active = true;
        setClaim({ state: 'claiming' });
        const request = () =>
            providerRef.current.claim(id).then(
                ({ data }) => {
                    if (active) setClaim({ state: 'mine', claimedBy: data.claimedBy, claimedUntil: data.claimedUntil });
                },
                (error: { status?: number; message?: string }) => {
                    if (!active) return;
                    const message = error?.message ?? '';
                    if (error?.status === 409) {
                        setClaim({ state: 'taken', message });
                        onTakenRef.current(id, message);
                    } else {
                        setClaim({ state: 'failed', message });
                    }
                },
            );
        request();
        const timer = window.setInterval(request, CLAIM_RENEW_MS);
        return () => {
            active = false;
            window.clearInterval(timer);
            // After a decision the server has released it already; then this is a no-op.
            providerRef.current.releaseClaim(id).catch(() => undefined);
        };
    }, [id]);

    return claim;
};
