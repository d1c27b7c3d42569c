// The console's login session: the short-lived access token in memory, renewed
// from the httpOnly refresh cookie (POST /api/auth/refresh). No framework
// imports, so the logic is tested in node (tokenSession.spec.ts).
//
// - one refresh at a time: concurrent callers share the same request (single flight);
// - a token that expires within the margin is renewed before a request is sent;
// - a request answered with 401 is retried once after a refresh; if that
//   fails too, the 401 goes on to react-admin, which logs out.

import {
    clearUser,
    expiresAtOf,
    isLoginResponse,
    isTokenUsable,
    needsRenewal,
    readUser,
    RENEW_MARGIN_MS,
    saveUser,
    toSessionUser,
    type KeyValueStorage,
    type LoginResponse,
    type SessionUser,
} from '../authStorage';

export const REFRESH_URL = '/api/auth/refresh';
export const LOGOUT_URL = '/api/auth/logout';

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface TokenSessionOptions {
    fetch: FetchLike;
    /** Where the user is kept across reloads (sessionStorage in the browser). */
    storage?: KeyValueStorage;
    now?: () => number;
    marginMs?: number;
}

/** Thrown when a refresh could not be attempted or answered (network, 5xx); the session is kept. */
export class RefreshUnavailableError extends Error {
    constructor(
        message: string,
        readonly status?: number,
    ) {
        super(message);
        this.name = 'RefreshUnavailableError';
    }
}

export interface TokenSession {
    /** Stores the answer of a successful login. */
    start(response: LoginResponse): SessionUser;
    /** The current access token, whether or not it is about to expire. */
    token(): string | null;
    /** The user of the session (from memory or the session storage). */
    user(): SessionUser | null;
    /** The token exists and has not expired. */
    hasUsableToken(): boolean;
    /**
     * A new token from the refresh cookie. Concurrent calls share one request.
     * Resolves to the user, or null when the server says the session is gone
     * (which also clears the local session); rejects with
     * RefreshUnavailableError when the server could not be asked.
     */
    refresh(): Promise<SessionUser | null>;
    /** A usable token: the current one, or a renewed one when it expires within the margin; null without a session. */
    validToken(): Promise<string | null>;
    /**
     * Sends `request` with a valid token; when it fails with 401, renews the
     * token once and sends it once more. The second failure is passed on.
     */
    send<T>(request: (token: string | null) => Promise<T>, isUnauthorized: (error: unknown) => boolean): Promise<T>;
    /** Ends the session on the server (cookie and token) and locally. Never rejects. */
    logout(): Promise<void>;
    /** Forgets token and user locally. */
    clear(): void;
}

export const createTokenSession = ({
    fetch,
    storage,
    now = Date.now,
    marginMs = RENEW_MARGIN_MS,
}: TokenSessionOptions): TokenSession => {
    let accessToken: string | null = null;
    let expiresAt: number | null = null;
    /** Lifetime of the current token; with very short-lived tokens the margin shrinks to half of it. */
    let lifetime: number | null = null;
    let currentUser: SessionUser | null = null;
    let inFlight: Promise<SessionUser | null> | null = null;
    // Bumped by login, logout and clear: a refresh answer that arrives after
    // one of them belongs to a session that no longer exists and is dropped
    // (the caller gets the user of the session that replaced it, if any).
    let generation = 0;

    const apply = (response: LoginResponse, receivedAt: number): SessionUser => {
        const user = toSessionUser(response.user) ?? response.user;
        accessToken = response.token;
        expiresAt = expiresAtOf(response, receivedAt);
        lifetime = expiresAt === null ? null : expiresAt - receivedAt;
        currentUser = user;
        saveUser(storage, user);
        return user;
    };

    const clear = () => {
        generation += 1;
        accessToken = null;
        expiresAt = null;
        lifetime = null;
        currentUser = null;
        clearUser(storage);
    };

    const doRefresh = async (startedIn: number): Promise<SessionUser | null> => {
        let response: Response;
        try {
            response = await fetch(REFRESH_URL, {
                method: 'POST',
                credentials: 'same-origin',
                headers: { Accept: 'application/json' },
            });
        } catch (error) {
            throw new RefreshUnavailableError(error instanceof Error ? error.message : 'network error');
        }
        if (generation !== startedIn) return currentUser;
        if (response.status === 401 || response.status === 403) {
            clear();
            return null;
        }
        if (!response.ok) throw new RefreshUnavailableError(`refresh failed with ${response.status}`, response.status);
        const body: unknown = await response.json().catch(() => null);
        if (generation !== startedIn) return currentUser;
        if (!isLoginResponse(body)) throw new RefreshUnavailableError('unexpected refresh answer', response.status);
        return apply(body, now());
    };

    const refresh = (): Promise<SessionUser | null> => {
        if (!inFlight) {
            const started = generation;
            inFlight = doRefresh(started).finally(() => {
                inFlight = null;
            });
        }
        return inFlight;
    };

    /** The token to send, and whether getting it took a refresh that found no session. */
    const obtain = async (): Promise<{ token: string | null; noSession: boolean }> => {
        const margin = lifetime !== null && lifetime > 0 ? Math.min(marginMs, lifetime / 2) : marginMs;
        if (!needsRenewal(accessToken, expiresAt, now(), margin)) return { token: accessToken, noSession: false };
        const before = accessToken;
        let user: SessionUser | null | undefined;
        try {
            user = await refresh();
        } catch {
            // server unreachable: go on with what we have, if it still works
        }
        if (accessToken && accessToken !== before) return { token: accessToken, noSession: false };
        const token = isTokenUsable(accessToken, expiresAt, now()) ? accessToken : null;
        return { token, noSession: user === null && !token };
    };

    const validToken = async (): Promise<string | null> => (await obtain()).token;

    const send = async <T>(request: (token: string | null) => Promise<T>, isUnauthorized: (error: unknown) => boolean): Promise<T> => {
        const { token, noSession } = await obtain();
        try {
            return await request(token);
        } catch (error) {
            if (!isUnauthorized(error)) throw error;
            // Another request renewed the token meanwhile: retry with that one.
            if (accessToken && accessToken !== token) return request(accessToken);
            // The refresh just before said there is no session: nothing to retry.
            if (noSession) throw error;
            const user = await refresh().catch(() => null);
            if (!user || !accessToken) throw error;
            return request(accessToken);
        }
    };

    const logout = async (): Promise<void> => {
        const token = accessToken;
        clear();
        try {
            await fetch(LOGOUT_URL, {
                method: 'POST',
                credentials: 'same-origin',
                headers: token ? { Accept: 'application/json', Authorization: `Bearer ${token}` } : { Accept: 'application/json' },
            });
        } catch {
            // the cookie expires on its own; locally the session is gone already
        }
    };

    return {
        start: (response) => {
            generation += 1;
            return apply(response, now());
        },
        token: () => accessToken,
        user: () => currentUser ?? readUser(storage),
        hasUsableToken: () => isTokenUsable(accessToken, expiresAt, now()),
        refresh,
        validToken,
        send,
        logout,
        clear,
    };
};
