// Session storage and header building for the console. Pure functions over a
// minimal storage interface, so they can be tested without a browser.

export const TOKEN_KEY = 'herzensorte.token';
export const USER_KEY = 'herzensorte.user';

export interface SessionUser {
    id: string | number;
    email: string;
    role: string;
    districtIds: string[];
}

export interface LoginResponse {
    token: string;
    user: SessionUser;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage when running in a browser, nothing otherwise. */
export const browserStorage = (): KeyValueStorage | undefined =>
    typeof globalThis.localStorage === 'undefined' ? undefined : globalThis.localStorage;

export const saveSession = (storage: KeyValueStorage | undefined, session: LoginResponse): void => {
    if (!storage) return;
    storage.setItem(TOKEN_KEY, session.token);
    storage.setItem(USER_KEY, JSON.stringify(session.user));
};

export const clearSession = (storage: KeyValueStorage | undefined): void => {
    if (!storage) return;
    storage.removeItem(TOKEN_KEY);
    storage.removeItem(USER_KEY);
};

export const readToken = (storage: KeyValueStorage | undefined): string | null => {
    const token = storage?.getItem(TOKEN_KEY);
    return token ? token : null;
};

export const readUser = (storage: KeyValueStorage | undefined): SessionUser | null => {
    const raw = storage?.getItem(USER_KEY);
    if (!raw) return null;
    try {
        const user = JSON.parse(raw) as Partial<SessionUser> | null;
        if (!user || typeof user !== 'object' || typeof user.email !== 'string') return null;
        return {
            id: user.id ?? user.email,
            email: user.email,
            role: typeof user.role === 'string' ? user.role : '',
            districtIds: Array.isArray(user.districtIds) ? user.districtIds : [],
        };
    } catch {
        return null;
    }
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

export const isTokenUsable = (token: string | null, nowMs: number = Date.now()): token is string => {
    if (!token) return false;
    const exp = tokenExpiry(token);
    return exp === null || exp * 1000 > nowMs;
};

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
