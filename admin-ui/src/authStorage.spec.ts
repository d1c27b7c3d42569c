import {
    bearer,
    clearSession,
    isLoginResponse,
    isTokenUsable,
    readToken,
    readUser,
    saveSession,
    sessionActionForStatus,
    tokenExpiry,
    toCredentials,
    TOKEN_KEY,
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

const session = {
    token: 'tok-123',
    user: { id: 7, email: 'mod@example.org', role: 'moderator', districtIds: ['hoerde'] },
};

describe('session storage', () => {
    it('stores token and user under the agreed keys', () => {
        const storage = memoryStorage();
        saveSession(storage, session);
        expect(storage.data.get(TOKEN_KEY)).toBe('tok-123');
        expect(TOKEN_KEY).toBe('herzensorte.token');
        expect(JSON.parse(storage.data.get(USER_KEY) ?? '')).toEqual(session.user);
        expect(readToken(storage)).toBe('tok-123');
        expect(readUser(storage)).toEqual(session.user);
    });

    it('clears everything on logout', () => {
        const storage = memoryStorage();
        saveSession(storage, session);
        clearSession(storage);
        expect(storage.data.size).toBe(0);
        expect(readToken(storage)).toBeNull();
        expect(readUser(storage)).toBeNull();
    });

    it('survives missing storage and garbage', () => {
        expect(readToken(undefined)).toBeNull();
        const storage = memoryStorage();
        storage.setItem(USER_KEY, '{not json');
        expect(readUser(storage)).toBeNull();
        storage.setItem(USER_KEY, JSON.stringify({ email: 'a@b.c' }));
        expect(readUser(storage)).toEqual({ id: 'a@b.c', email: 'a@b.c', role: '', districtIds: [] });
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

describe('tokens', () => {
    const now = Date.UTC(2025, 0, 1);

    it('reads the expiry of a JWT and treats opaque tokens as usable', () => {
        expect(tokenExpiry(jwt({ exp: 1700000000 }))).toBe(1700000000);
        expect(tokenExpiry('opaque')).toBeNull();
        expect(tokenExpiry('a.%%%.c')).toBeNull();
        expect(isTokenUsable('opaque', now)).toBe(true);
    });

    it('rejects expired and missing tokens', () => {
        expect(isTokenUsable(jwt({ exp: now / 1000 - 1 }), now)).toBe(false);
        expect(isTokenUsable(jwt({ exp: now / 1000 + 60 }), now)).toBe(true);
        expect(isTokenUsable(null, now)).toBe(false);
        expect(isTokenUsable('', now)).toBe(false);
    });
});

describe('login helpers', () => {
    it('maps react-admin credentials to the API body', () => {
        expect(toCredentials({ username: ' a@b.c ', password: 'pw' })).toEqual({ email: 'a@b.c', password: 'pw' });
        expect(toCredentials({ email: 'x@y.z', password: 'pw' })).toEqual({ email: 'x@y.z', password: 'pw' });
    });

    it('recognises a login response', () => {
        expect(isLoginResponse(session)).toBe(true);
        expect(isLoginResponse({ token: '', user: session.user })).toBe(false);
        expect(isLoginResponse({ statusCode: 401, message: 'Unauthorized' })).toBe(false);
    });

    it('logs out on 401 only', () => {
        expect(sessionActionForStatus(401)).toBe('logout');
        expect(sessionActionForStatus(403)).toBe('keep');
        expect(sessionActionForStatus(500)).toBe('keep');
        expect(sessionActionForStatus(undefined)).toBe('keep');
    });
});
