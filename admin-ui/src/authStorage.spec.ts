import {
    bearer,
    clearUser,
    expiresAtOf,
    isLoginResponse,
    isTokenUsable,
    LEGACY_TOKEN_KEY,
    landingPath,
    loginFailureMessage,
    needsRenewal,
    readUser,
    removeLegacyToken,
    retryAfterMinutes,
    retryAfterSeconds,
    saveUser,
    sessionActionForStatus,
    tokenExpiry,
    toCredentials,
    USER_KEY,
    withAuthorization,
    type KeyValueStorage,
} from './authStorage';

const memoryStorage = (): KeyValueStorage & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return {
        data,
        getItem: (key) => data.get(key) ?? null,
        setItem: (key, value) => void data.set(key, value),
        removeItem: (key) => void data.delete(key),
    };
};

const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (payload: object) => ['e30', base64url(JSON.stringify(payload)), 'sig'].join('.');

const user = { id: 7, email: 'mod@example.org', role: 'moderator', districtIds: ['hoerde'] };

describe('user storage', () => {
    it('keeps only the user (never a token) under the agreed key', () => {
        const storage = memoryStorage();
        saveUser(storage, user);
        expect(USER_KEY).toBe('herzensorte.user');
        expect([...storage.data.keys()]).toEqual([USER_KEY]);
        expect(JSON.parse(storage.data.get(USER_KEY) ?? '')).toEqual(user);
        expect(readUser(storage)).toEqual(user);
    });

    it('clears the user on logout', () => {
        const storage = memoryStorage();
        saveUser(storage, user);
        clearUser(storage);
        expect(storage.data.size).toBe(0);
        expect(readUser(storage)).toBeNull();
    });

    it('removes a token that an earlier version left behind', () => {
        const storage = memoryStorage();
        storage.setItem(LEGACY_TOKEN_KEY, 'old-token');
        removeLegacyToken(storage);
        expect(storage.data.has(LEGACY_TOKEN_KEY)).toBe(false);
        expect(() => removeLegacyToken(undefined)).not.toThrow();
    });

    it('survives missing storage and garbage', () => {
        expect(readUser(undefined)).toBeNull();
        const storage = memoryStorage();
        storage.setItem(USER_KEY, '{not json');
        expect(readUser(storage)).toBeNull();
        storage.setItem(USER_KEY, JSON.stringify({ email: 'a@b.c', districtIds: ['x', 3] }));
        expect(readUser(storage)).toEqual({ id: 'a@b.c', email: 'a@b.c', role: '', districtIds: ['x'] });
    });
});

describe('headers', () => {
    it('adds the bearer token', () => {
        expect(bearer('abc')).toBe('Bearer abc');
        const headers = withAuthorization({ 'Content-Type': 'application/json' }, 'abc');
        expect(headers.get('Authorization')).toBe('Bearer abc');
        expect(headers.get('Content-Type')).toBe('application/json');
    });

    it('leaves Authorization out without a token and defaults to JSON', () => {
        const headers = withAuthorization(undefined, null);
        expect(headers.has('Authorization')).toBe(false);
        expect(headers.get('Accept')).toBe('application/json');
    });
});

describe('token expiry', () => {
    const now = Date.UTC(2026, 0, 1);

    it('reads the expiry of a JWT', () => {
        expect(tokenExpiry(jwt({ exp: 1700000000 }))).toBe(1700000000);
        expect(tokenExpiry('opaque')).toBeNull();
        expect(tokenExpiry('a.%%%.c')).toBeNull();
    });

    it('takes expiresIn from the answer, else the JWT exp, else unknown', () => {
        expect(expiresAtOf({ token: 'opaque', expiresIn: 900 }, now)).toBe(now + 900_000);
        expect(expiresAtOf({ token: jwt({ exp: now / 1000 + 300 }) }, now)).toBe(now + 300_000);
        expect(expiresAtOf({ token: 'opaque' }, now)).toBeNull();
        expect(expiresAtOf({ token: 'opaque', expiresIn: 0 }, now)).toBeNull();
    });

    it('knows usable tokens', () => {
        expect(isTokenUsable('t', now + 1, now)).toBe(true);
        expect(isTokenUsable('t', now, now)).toBe(false);
        expect(isTokenUsable('t', null, now)).toBe(true);
        expect(isTokenUsable(null, null, now)).toBe(false);
        expect(isTokenUsable('', now + 1000, now)).toBe(false);
    });

    it('renews a token that expires within 60 seconds, or is missing', () => {
        expect(needsRenewal('t', now + 15 * 60_000, now)).toBe(false);
        expect(needsRenewal('t', now + 61_000, now)).toBe(false);
        expect(needsRenewal('t', now + 60_000, now)).toBe(true);
        expect(needsRenewal('t', now + 5_000, now)).toBe(true);
        expect(needsRenewal('t', now - 1, now)).toBe(true);
        expect(needsRenewal(null, null, now)).toBe(true);
        // expiry unknown: the server's 401 decides
        expect(needsRenewal('t', null, now)).toBe(false);
        expect(needsRenewal('t', now + 100_000, now, 120_000)).toBe(true);
    });
});

describe('login helpers', () => {
    it('maps react-admin credentials to the API body', () => {
        expect(toCredentials({ username: ' a@b.c ', password: 'pw' })).toEqual({ email: 'a@b.c', password: 'pw' });
        expect(toCredentials({ email: 'x@y.z', password: 'pw' })).toEqual({ email: 'x@y.z', password: 'pw' });
    });

    it('recognises a login response', () => {
        expect(isLoginResponse({ token: 'tok', user, expiresIn: 900 })).toBe(true);
        expect(isLoginResponse({ token: '', user })).toBe(false);
        expect(isLoginResponse({ statusCode: 401, message: 'Unauthorized' })).toBe(false);
    });

    it('logs out on 401 only', () => {
        expect(sessionActionForStatus(401)).toBe('logout');
        expect(sessionActionForStatus(403)).toBe('keep');
        expect(sessionActionForStatus(500)).toBe('keep');
        expect(sessionActionForStatus(undefined)).toBe('keep');
    });

    it('lands district viewers on their first district', () => {
        expect(landingPath({ role: 'district_viewer', districtIds: ['hoerde', 'mengede'] })).toBe('/districts/hoerde/report');
        expect(landingPath({ role: 'district_viewer', districtIds: [] })).toBeUndefined();
        expect(landingPath({ role: 'admin', districtIds: [] })).toBeUndefined();
        expect(landingPath(null)).toBeUndefined();
    });
});

describe('Retry-After at 429', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);

    it('reads seconds and HTTP dates', () => {
        expect(retryAfterSeconds('120', now)).toBe(120);
        expect(retryAfterSeconds(' 5 ', now)).toBe(5);
        expect(retryAfterSeconds(new Date(now + 90_000).toUTCString(), now)).toBe(90);
        expect(retryAfterSeconds(new Date(now - 90_000).toUTCString(), now)).toBe(0);
        expect(retryAfterSeconds(null, now)).toBeNull();
        expect(retryAfterSeconds('soon', now)).toBeNull();
    });

    it('rounds up to whole minutes, at least one', () => {
        expect(retryAfterMinutes('840', now)).toBe(14);
        expect(retryAfterMinutes('841', now)).toBe(15);
        expect(retryAfterMinutes('900', now)).toBe(15);
        expect(retryAfterMinutes('1', now)).toBe(1);
        expect(retryAfterMinutes('0', now)).toBe(1);
        expect(retryAfterMinutes(undefined, now)).toBeNull();
    });

    it('turns a failed login into a message', () => {
        expect(loginFailureMessage(401, null, now)).toEqual({ key: 'ra.auth.sign_in_error' });
        expect(loginFailureMessage(429, '600', now)).toEqual({ key: 'herzensorte.auth.too_many_attempts', args: { smart_count: 10 } });
        expect(loginFailureMessage(429, null, now)).toEqual({ key: 'herzensorte.auth.too_many_attempts_later' });
        expect(loginFailureMessage(500, null, now)).toEqual({ key: 'ra.notification.http_error' });
    });
});
