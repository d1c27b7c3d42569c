import polyglotI18nProvider from 'ra-i18n-polyglot';
import germanMessages from '../i18n/de';
import englishMessages from '../i18n/en';
import type { KeyValueStorage } from '../authStorage';
import { createAuthProvider, LOGIN_URL } from './createAuthProvider';
import { createTokenSession, LOGOUT_URL, REFRESH_URL } from './tokenSession';

const memoryStorage = (): KeyValueStorage => {
    const data = new Map<string, string>();
    return {
        getItem: (key) => data.get(key) ?? null,
        setItem: (key, value) => void data.set(key, value),
        removeItem: (key) => void data.delete(key),
    };
};

const json = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json', ...headers },
    });

const viewer = { id: 'u3', email: 'hoerde@herzensorte.example', role: 'district_viewer', districtIds: ['hoerde'] };
const admin = { id: 'u1', email: 'admin@herzensorte.example', role: 'admin', districtIds: [] };

const setup = (answers: Record<string, () => Response>, locale = 'de') => {
    let now = Date.UTC(2026, 3, 1);
    const i18n = polyglotI18nProvider((l) => (l === 'en' ? englishMessages : germanMessages), locale, undefined, { allowMissing: true });
    const fetch = jest.fn(async (url: string, _init?: RequestInit) => {
        const answer = answers[url];
        if (!answer) throw new Error(`unexpected ${url}`);
        return answer();
    });
    const session = createTokenSession({ fetch, storage: memoryStorage(), now: () => now });
    const provider = createAuthProvider({
        session,
        fetch,
        translate: (key, args) => i18n.translate(key, { _: key, ...args }),
        now: () => now,
    });
    return { provider, session, fetch, advance: (ms: number) => void (now += ms) };
};

describe('authProvider', () => {
    it('logs in, keeps the token in memory and lands a district viewer on their district', async () => {
        const { provider, session, fetch } = setup({ [LOGIN_URL]: () => json(200, { token: 'tok', user: viewer, expiresIn: 900 }) });
        await expect(provider.login({ email: ' hoerde@herzensorte.example ', password: 'pw' })).resolves.toEqual({
            redirectTo: '/districts/hoerde/report',
        });
        expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toEqual({ email: 'hoerde@herzensorte.example', password: 'pw' });
        expect(session.token()).toBe('tok');
        await expect(provider.getPermissions({})).resolves.toBe('district_viewer');
        await expect(provider.getIdentity()).resolves.toMatchObject({ fullName: viewer.email, role: 'district_viewer' });
    });

    it('lets react-admin choose the page for other roles', async () => {
        const { provider } = setup({ [LOGIN_URL]: () => json(200, { token: 'tok', user: admin, expiresIn: 900 }) });
        await expect(provider.login({ email: admin.email, password: 'pw' })).resolves.toBeUndefined();
    });

    it('says how many minutes to wait after too many attempts (429 Retry-After)', async () => {
        const { provider } = setup({ [LOGIN_URL]: () => json(429, { statusCode: 429 }, { 'Retry-After': '840' }) });
        await expect(provider.login({ email: 'a@b.de', password: 'x' })).rejects.toThrow(
            'Zu viele Anmeldeversuche. Bitte in 14 Minuten erneut versuchen.',
        );
        const one = setup({ [LOGIN_URL]: () => json(429, {}, { 'Retry-After': '30' }) });
        await expect(one.provider.login({ email: 'a@b.de', password: 'x' })).rejects.toThrow(
            'Zu viele Anmeldeversuche. Bitte in 1 Minute erneut versuchen.',
        );
        const english = setup({ [LOGIN_URL]: () => json(429, {}, { 'Retry-After': '600' }) }, 'en');
        await expect(english.provider.login({ email: 'a@b.de', password: 'x' })).rejects.toThrow(
            'Too many sign-in attempts. Please try again in 10 minutes.',
        );
    });

    it('rejects wrong credentials with the German sign-in error', async () => {
        const { provider, session } = setup({ [LOGIN_URL]: () => json(401, { statusCode: 401 }) });
        await expect(provider.login({ email: 'a@b.de', password: 'x' })).rejects.toThrow('Anmeldung fehlgeschlagen');
        expect(session.token()).toBeNull();
    });

    it('checkAuth restores the session from the refresh cookie, or goes quietly to the login page', async () => {
        const ok = setup({ [REFRESH_URL]: () => json(200, { token: 'new', user: admin, expiresIn: 900 }) });
        await expect(ok.provider.checkAuth({})).resolves.toBeUndefined();
        expect(ok.session.token()).toBe('new');
        // with a usable token no request at all
        await ok.provider.checkAuth({});
        expect(ok.fetch).toHaveBeenCalledTimes(1);

        const gone = setup({ [REFRESH_URL]: () => json(401) });
        await expect(gone.provider.checkAuth({})).rejects.toEqual({ message: false });
    });

    it('checkAuth tells a user whose session ended', async () => {
        const { provider, advance } = setup({
            [LOGIN_URL]: () => json(200, { token: 'tok', user: admin, expiresIn: 900 }),
            [REFRESH_URL]: () => json(401),
        });
        await provider.login({ email: admin.email, password: 'pw' });
        await expect(provider.checkAuth({})).resolves.toBeUndefined();
        advance(901_000); // token expired, and the server ended the session meanwhile
        await expect(provider.checkAuth({})).rejects.toThrow('herzensorte.auth.session_ended');
    });

    it('checkError logs out on 401 only (the data provider has retried already)', async () => {
        const { provider, session } = setup({ [LOGIN_URL]: () => json(200, { token: 'tok', user: admin, expiresIn: 900 }) });
        await provider.login({ email: admin.email, password: 'pw' });
        await expect(provider.checkError({ status: 403 })).resolves.toBeUndefined();
        expect(session.token()).toBe('tok');
        await expect(provider.checkError({ status: 401 })).rejects.toThrow();
        expect(session.token()).toBeNull();
    });

    it('logout calls the API and forgets the session', async () => {
        const { provider, session, fetch } = setup({
            [LOGIN_URL]: () => json(200, { token: 'tok', user: admin, expiresIn: 900 }),
            [LOGOUT_URL]: () => new Response(null, { status: 204 }),
        });
        await provider.login({ email: admin.email, password: 'pw' });
        await provider.logout({});
        expect(fetch.mock.calls.map(([url]) => url)).toEqual([LOGIN_URL, LOGOUT_URL]);
        expect(session.user()).toBeNull();
    });

    it('getPermissions in a new tab asks the refresh cookie', async () => {
        const { provider } = setup({ [REFRESH_URL]: () => json(200, { token: 'new', user: viewer, expiresIn: 900 }) });
        await expect(provider.getPermissions({})).resolves.toBe('district_viewer');
        const none = setup({ [REFRESH_URL]: () => json(401) });
        await expect(none.provider.getPermissions({})).resolves.toBeUndefined();
    });
});
