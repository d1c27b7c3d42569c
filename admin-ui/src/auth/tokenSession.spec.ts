import type { KeyValueStorage, LoginResponse } from '../authStorage';
import { createTokenSession, LOGOUT_URL, REFRESH_URL, RefreshUnavailableError } from './tokenSession';

const memoryStorage = (): KeyValueStorage & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return {
        data,
        getItem: (key) => data.get(key) ?? null,
        setItem: (key, value) => void data.set(key, value),
        removeItem: (key) => void data.delete(key),
    };
};

const user = { id: 'u1', email: 'mod@example.org', role: 'moderator', districtIds: [] };
const login = (token: string, expiresIn = 900): LoginResponse => ({ token, user, expiresIn });
const json = (status: number, body?: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A controllable clock and fetch: refresh answers come from `refreshAnswers` (in order) or wait for `release()`. */
const setup = () => {
    let now = Date.UTC(2026, 3, 1, 10, 0, 0);
    const calls: { url: string; init?: RequestInit }[] = [];
    const refreshAnswers: (() => Response | Promise<Response>)[] = [];
    let tokenCounter = 0;
    const fetch = jest.fn(async (url: string, init?: RequestInit) => {
        calls.push({ url, init });
        if (url === REFRESH_URL) {
            const next = refreshAnswers.shift();
            if (next) return next();
            tokenCounter += 1;
            return json(200, login(`refreshed-${tokenCounter}`));
        }
        if (url === LOGOUT_URL) return new Response(null, { status: 204 });
        throw new Error(`unexpected ${url}`);
    });
    const storage = memoryStorage();
    const session = createTokenSession({ fetch, storage, now: () => now });
    return {
        session,
        storage,
        fetch,
        calls,
        refreshAnswers,
        refreshCount: () => calls.filter((c) => c.url === REFRESH_URL).length,
        advance: (ms: number) => {
            now += ms;
        },
    };
};

/** A promise resolved from outside. */
const deferred = <T>() => {
    let resolve!: (value: T) => void;
    const promise = new Promise<T>((r) => (resolve = r));
    return { promise, resolve };
};

class FakeHttpError extends Error {
    constructor(readonly status: number) {
        super(`HTTP ${status}`);
    }
}
const isUnauthorized = (error: unknown) => error instanceof FakeHttpError && error.status === 401;

describe('token session', () => {
    it('keeps the token in memory and only the user in storage', () => {
        const { session, storage } = setup();
        session.start(login('tok-1'));
        expect(session.token()).toBe('tok-1');
        expect(session.hasUsableToken()).toBe(true);
        expect([...storage.data.values()].join()).not.toContain('tok-1');
        expect(JSON.parse([...storage.data.values()][0])).toEqual(user);
    });

    it('restores the session from the refresh cookie (e.g. after a reload)', async () => {
        const { session, calls } = setup();
        expect(session.token()).toBeNull();
        await expect(session.refresh()).resolves.toEqual(user);
        expect(session.token()).toBe('refreshed-1');
        expect(calls[0].init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
        expect(calls[0].init?.body).toBeUndefined();
    });

    it('answers null and clears everything when the session is gone (401)', async () => {
        const { session, storage, refreshAnswers } = setup();
        session.start(login('tok-1'));
        refreshAnswers.push(() => json(401, { statusCode: 401, message: 'The login session has ended' }));
        await expect(session.refresh()).resolves.toBeNull();
        expect(session.token()).toBeNull();
        expect(session.user()).toBeNull();
        expect(storage.data.size).toBe(0);
    });

    it('keeps the session when the server cannot be reached', async () => {
        const { session, refreshAnswers } = setup();
        session.start(login('tok-1'));
        refreshAnswers.push(() => json(503, { statusCode: 503 }));
        await expect(session.refresh()).rejects.toBeInstanceOf(RefreshUnavailableError);
        expect(session.token()).toBe('tok-1');
    });

    it('shares one refresh between concurrent callers (single flight)', async () => {
        const { session, refreshAnswers, refreshCount } = setup();
        const answer = deferred<Response>();
        refreshAnswers.push(() => answer.promise);
        const results = Promise.all([session.refresh(), session.refresh(), session.validToken(), session.validToken()]);
        await Promise.resolve();
        expect(refreshCount()).toBe(1);
        answer.resolve(json(200, login('shared')));
        await expect(results).resolves.toEqual([user, user, 'shared', 'shared']);
        expect(refreshCount()).toBe(1);
        // a later refresh is a new request
        await session.refresh();
        expect(refreshCount()).toBe(2);
    });

    it('renews the token shortly before it expires, not earlier', async () => {
        const { session, advance, refreshCount } = setup();
        session.start(login('tok-1', 900));
        advance(800_000); // 100 s left
        await expect(session.validToken()).resolves.toBe('tok-1');
        expect(refreshCount()).toBe(0);
        advance(45_000); // 55 s left: renew
        await expect(session.validToken()).resolves.toBe('refreshed-1');
        expect(refreshCount()).toBe(1);
    });

    it('renews very short-lived tokens at half their lifetime, not on every request', async () => {
        const { session, advance, refreshCount } = setup();
        session.start(login('short', 30));
        advance(14_000);
        await expect(session.validToken()).resolves.toBe('short');
        advance(2_000);
        await expect(session.validToken()).resolves.toBe('refreshed-1');
        expect(refreshCount()).toBe(1);
    });

    it('sends many requests with an expiring token after one shared refresh', async () => {
        const { session, advance, refreshCount } = setup();
        session.start(login('tok-1', 900));
        advance(870_000);
        const seen: (string | null)[] = [];
        await Promise.all([1, 2, 3].map(() => session.send(async (token) => seen.push(token), isUnauthorized)));
        expect(seen).toEqual(['refreshed-1', 'refreshed-1', 'refreshed-1']);
        expect(refreshCount()).toBe(1);
    });

    it('goes on with a still valid token when the renewal fails for network reasons', async () => {
        const { session, advance, refreshAnswers } = setup();
        session.start(login('tok-1', 900));
        advance(870_000);
        refreshAnswers.push(() => Promise.reject(new TypeError('Failed to fetch')));
        await expect(session.validToken()).resolves.toBe('tok-1');
        advance(60_000); // now expired
        refreshAnswers.push(() => Promise.reject(new TypeError('Failed to fetch')));
        await expect(session.validToken()).resolves.toBeNull();
    });

    it('on 401 refreshes once and retries the request once', async () => {
        const { session, refreshCount } = setup();
        session.start(login('revoked'));
        const request = jest.fn(async (token: string | null) => {
            if (token === 'revoked') throw new FakeHttpError(401);
            return `ok with ${token}`;
        });
        await expect(session.send(request, isUnauthorized)).resolves.toBe('ok with refreshed-1');
        expect(request.mock.calls.map(([token]) => token)).toEqual(['revoked', 'refreshed-1']);
        expect(refreshCount()).toBe(1);
    });

    it('passes the second 401 on instead of looping', async () => {
        const { session, refreshCount } = setup();
        session.start(login('tok-1'));
        const request = jest.fn(async () => {
            throw new FakeHttpError(401);
        });
        await expect(session.send(request, isUnauthorized)).rejects.toMatchObject({ status: 401 });
        expect(request).toHaveBeenCalledTimes(2);
        expect(refreshCount()).toBe(1);
    });

    it('passes the 401 on when the refresh says the session is gone', async () => {
        const { session, refreshAnswers } = setup();
        session.start(login('tok-1'));
        refreshAnswers.push(() => json(401));
        const request = jest.fn(async () => {
            throw new FakeHttpError(401);
        });
        await expect(session.send(request, isUnauthorized)).rejects.toMatchObject({ status: 401 });
        expect(request).toHaveBeenCalledTimes(1);
        expect(session.token()).toBeNull();
    });

    it('does not retry other errors', async () => {
        const { session, refreshCount } = setup();
        session.start(login('tok-1'));
        const request = jest.fn(async () => {
            throw new FakeHttpError(403);
        });
        await expect(session.send(request, isUnauthorized)).rejects.toMatchObject({ status: 403 });
        expect(request).toHaveBeenCalledTimes(1);
        expect(refreshCount()).toBe(0);
    });

    it('concurrent 401s share one refresh and all retry with the new token', async () => {
        const { session, refreshAnswers, refreshCount } = setup();
        session.start(login('old'));
        const answer = deferred<Response>();
        refreshAnswers.push(() => answer.promise);
        const request = async (token: string | null) => {
            if (token === 'old') throw new FakeHttpError(401);
            return token;
        };
        const all = Promise.all([session.send(request, isUnauthorized), session.send(request, isUnauthorized)]);
        await new Promise((r) => setTimeout(r, 0));
        answer.resolve(json(200, login('new')));
        await expect(all).resolves.toEqual(['new', 'new']);
        expect(refreshCount()).toBe(1);
    });

    it('a 401 for a token that was renewed meanwhile retries with the new token without another refresh', async () => {
        const { session, refreshCount } = setup();
        session.start(login('old'));
        const request = jest.fn(async (token: string | null) => {
            if (token === 'old') {
                await session.refresh(); // someone else renewed while this request was under way
                throw new FakeHttpError(401);
            }
            return token;
        });
        await expect(session.send(request, isUnauthorized)).resolves.toBe('refreshed-1');
        expect(refreshCount()).toBe(1);
    });

    it('without a session, asks the server once and sends no token', async () => {
        const { session, refreshAnswers, refreshCount } = setup();
        refreshAnswers.push(() => json(401));
        const request = jest.fn(async () => {
            throw new FakeHttpError(401);
        });
        await expect(session.send(request, isUnauthorized)).rejects.toMatchObject({ status: 401 });
        expect(request.mock.calls).toEqual([[null]]);
        expect(refreshCount()).toBe(1);
    });

    it('logout ends the session on the server with cookie and bearer token, and locally', async () => {
        const { session, calls, storage } = setup();
        session.start(login('tok-1'));
        await session.logout();
        const call = calls.find((c) => c.url === LOGOUT_URL);
        expect(call?.init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
        expect((call?.init?.headers as Record<string, string>).Authorization).toBe('Bearer tok-1');
        expect(session.token()).toBeNull();
        expect(session.user()).toBeNull();
        expect(storage.data.size).toBe(0);
    });

    it('a refresh answer that arrives after logout does not bring the session back', async () => {
        const { session, refreshAnswers } = setup();
        session.start(login('tok-1'));
        const answer = deferred<Response>();
        refreshAnswers.push(() => answer.promise);
        const pending = session.refresh();
        await session.logout();
        answer.resolve(json(200, login('late')));
        await expect(pending).resolves.toBeNull();
        expect(session.token()).toBeNull();
    });

    it('a refresh answer that arrives after a new login does not replace the new session', async () => {
        const { session, refreshAnswers } = setup();
        const answer = deferred<Response>();
        refreshAnswers.push(() => answer.promise);
        const pending = session.refresh();
        session.start(login('fresh-login'));
        answer.resolve(json(200, login('stale')));
        await expect(pending).resolves.toEqual(user);
        expect(session.token()).toBe('fresh-login');
    });

    it('logout never rejects, even offline', async () => {
        const fetch = jest.fn(async () => {
            throw new TypeError('Failed to fetch');
        });
        const session = createTokenSession({ fetch });
        session.start(login('tok-1'));
        await expect(session.logout()).resolves.toBeUndefined();
        expect(session.token()).toBeNull();
    });
});
