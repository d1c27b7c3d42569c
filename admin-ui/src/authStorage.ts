// Session helpers for the console. Pure functions over a minimal storage
// interface, so they can be tested without a browser.
//
// The access token never touches web storage: it lives in memory (see
// auth/tokenSession.ts) and a reload gets a new one from the httpOnly refresh
// cookie. Only the user (id, email, role, districts) is kept, in
// sessionStorage, so that the menu can render before the first refresh is back.

import { districtReportPath } from './districts/paths';

export const USER_KEY = 'herzensorte.user';
/** Where earlier versions kept the token (localStorage); removed on start. */
export const LEGACY_TOKEN_KEY = 'herzensorte.token';

/** Renew the access token when it expires within this margin. */
export const RENEW_MARGIN_MS = 60_000;

export interface SessionUser {
    id: string | number;
    email: string;
    role: string;
    districtIds: string[];
}

export interface LoginResponse {
    token: string;
    user: SessionUser;
    /** Lifetime of `token` in seconds. */
    expiresIn?: number;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** sessionStorage when running in a browser, nothing otherwise. */
export const browserStorage = (): KeyValueStorage | undefined =>
    typeof globalThis.sessionStorage === 'undefined' ? undefined : globalThis.sessionStorage;

/** Drops a token an earlier console version left in localStorage. */
export const removeLegacyToken = (storage: KeyValueStorage | undefined): void => {
    storage?.removeItem(LEGACY_TOKEN_KEY);
};

export const saveUser = (storage: KeyValueStorage | undefined, user: SessionUser): void => {
    storage?.setItem(USER_KEY, JSON.stringify(user));
};

export const clearUser = (storage: KeyValueStorage | undefined): void => {
    storage?.removeItem(USER_KEY);
};

/** The user as stored, normalised; null when missing or unreadable. */
export const readUser = (storage: KeyValueStorage | undefined): SessionUser | null => {
    const raw = storage?.getItem(USER_KEY);
    if (!raw) return null;
    try {
        return toSessionUser(JSON.parse(raw));
    } catch {
        return null;
    }
};

export const toSessionUser = (value: unknown): SessionUser | null => {
    const user = value as Partial<SessionUser> | null;
    if (!user || typeof user !== 'object' || typeof user.email !== 'string') return null;
    return {
        id: user.id ?? user.email,
        email: user.email,
        role: typeof user.role === 'string' ? user.role : '',
        districtIds: Array.isArray(user.districtIds)
            ? user.districtIds.filter((d): d is string => typeof d === 'string')
            : [],
    };
};

export const bearer = (token: string): string => `Bearer ${token}`;

/** Copy of `headers` with the Authorization header set (or left out without a token). */
export const withAuthorization = (headers: HeadersInit | undefined, token: string | null): Headers => {
    const result = new Headers(headers ?? { Accept: 'application/json' });
    if (token) result.set('Authorization', bearer(token));
    return result;
};

/**
 * Seconds-since-epoch expiry of a JWT, or null when the token is not a JWT or
 * carries no `exp`. The token stays opaque otherwise: the server decides.
 */
export const tokenExpiry = (token: string): number | null => {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    try {
        const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
        const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
        const payload = JSON.parse(atob(padded)) as { exp?: unknown };
        return typeof payload.exp === 'number' ? payload.exp : null;
    } catch {
        return null;
    }
};

/**
 * When (ms since epoch) the token of a login or refresh answer expires: from
 * `expiresIn` counted from when the answer arrived, else from the JWT's `exp`;
 * null when neither says (the server's 401 decides then).
 */
export const expiresAtOf = (response: Pick<LoginResponse, 'token' | 'expiresIn'>, receivedAtMs: number): number | null => {
    if (typeof response.expiresIn === 'number' && Number.isFinite(response.expiresIn) && response.expiresIn > 0) {
        return receivedAtMs + response.expiresIn * 1000;
    }
    const exp = tokenExpiry(response.token);
    return exp === null ? null : exp * 1000;
};

/** A token that has not expired yet (an unknown expiry counts as usable). */
export const isTokenUsable = (token: string | null, expiresAtMs: number | null, nowMs: number = Date.now()): token is string =>
    !!token && (expiresAtMs === null || expiresAtMs > nowMs);

/**
 * Should the token be renewed before sending a request? Yes when it is
 * missing, or expires within `marginMs`; no when its expiry is unknown.
 */
export const needsRenewal = (
    token: string | null,
    expiresAtMs: number | null,
    nowMs: number = Date.now(),
    marginMs: number = RENEW_MARGIN_MS,
): boolean => !token || (expiresAtMs !== null && expiresAtMs - nowMs <= marginMs);

/** react-admin's login forms send `username` or `email`; the API wants `email`. */
export const toCredentials = (params: {
    email?: string;
    username?: string;
    password?: string;
}): { email: string; password: string } => ({
    email: (params.email ?? params.username ?? '').trim(),
    password: params.password ?? '',
});

/** What checkError does with an HTTP status: 401 ends the session, anything else keeps it. */
export const sessionActionForStatus = (status: number | undefined): 'logout' | 'keep' =>
    status === 401 ? 'logout' : 'keep';

export const isLoginResponse = (body: unknown): body is LoginResponse => {
    if (!body || typeof body !== 'object') return false;
    const { token, user } = body as Partial<LoginResponse>;
    return typeof token === 'string' && token.length > 0 && !!user && typeof user.email === 'string';
};

/**
 * Seconds to wait according to a `Retry-After` header (delay in seconds or an
 * HTTP date); null when missing or unreadable.
 */
export const retryAfterSeconds = (header: string | null | undefined, nowMs: number = Date.now()): number | null => {
    const value = header?.trim();
    if (!value) return null;
    if (/^\d+$/.test(value)) return Number(value);
    const date = Date.parse(value);
    if (Number.isNaN(date)) return null;
    return Math.max(0, Math.ceil((date - nowMs) / 1000));
};

/** Whole minutes to tell the user (rounded up, at least 1); null when unknown. */
export const retryAfterMinutes = (header: string | null | undefined, nowMs: number = Date.now()): number | null => {
    const seconds = retryAfterSeconds(header, nowMs);
    return seconds === null ? null : Math.max(1, Math.ceil(seconds / 60));
};

/** A translatable message: key and interpolation arguments. */
export interface Message {
    key: string;
    args?: Record<string, unknown>;
}

/** The message for a failed login answer (status, Retry-After header). */
export const loginFailureMessage = (status: number, retryAfter: string | null | undefined, nowMs: number = Date.now()): Message => {
    if (status === 401 || status === 400) return { key: 'ra.auth.sign_in_error' };
    if (status === 429) {
        const minutes = retryAfterMinutes(retryAfter, nowMs);
        return minutes === null
            ? { key: 'herzensorte.auth.too_many_attempts_later' }
            : { key: 'herzensorte.auth.too_many_attempts', args: { smart_count: minutes } };
    }
    return { key: 'ra.notification.http_error' };
};

/**
 * Where a user lands after login: district viewers on the report of their
 * first district, everybody else where react-admin would go anyway (undefined:
 * the dashboard).
 */
export const landingPath = (user: Pick<SessionUser, 'role' | 'districtIds'> | null): string | undefined => {
    if (user?.role !== 'district_viewer' || user.districtIds.length === 0) return undefined;
    return districtReportPath(user.districtIds[0]);
};
