// react-admin's authProvider over the token session. Only type imports from
// react-admin, so the spec runs in node.

import type { AuthProvider, UserIdentity } from 'react-admin';
import {
    isLoginResponse,
    landingPath,
    loginFailureMessage,
    sessionActionForStatus,
    toCredentials,
    type SessionUser,
} from '../authStorage';
import type { TokenSession } from './tokenSession';

export const LOGIN_URL = '/api/auth/login';

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;
type Translate = (key: string, args?: Record<string, unknown>) => string;

export interface AuthProviderOptions {
    session: TokenSession;
    fetch: FetchLike;
    /** Messages are translated here, because the login form shows `error.message` as it is. */
    translate: Translate;
    now?: () => number;
}

/** Rejection that sends react-admin to the login page without a notification. */
const QUIET = { message: false } as const;

export const identityOf = (user: SessionUser): UserIdentity => ({
    id: user.id,
    fullName: user.email,
    email: user.email,
    role: user.role,
    districtIds: user.districtIds,
});

export type ConsoleAuthProvider = AuthProvider & Required<Pick<AuthProvider, 'getIdentity' | 'getPermissions'>>;

export const createAuthProvider = ({ session, fetch, translate, now = Date.now }: AuthProviderOptions): ConsoleAuthProvider => {
    /** The stored user, or the one a refresh brings back (e.g. in a new tab); null without a session. */
    const currentUser = async (): Promise<SessionUser | null> => {
        const user = session.user();
        if (user) return user;
        return session.refresh().catch(() => null);
    };

    return {
        async login(params: { email?: string; username?: string; password?: string }) {
            let response: Response;
            try {
                response = await fetch(LOGIN_URL, {
                    method: 'POST',
                    credentials: 'same-origin',
                    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
                    body: JSON.stringify(toCredentials(params)),
                });
            } catch {
                throw new Error(translate('ra.notification.http_error'));
            }
            if (!response.ok) {
                const { key, args } = loginFailureMessage(response.status, response.headers.get('Retry-After'), now());
                throw new Error(translate(key, args));
            }
            const body: unknown = await response.json().catch(() => null);
            if (!isLoginResponse(body)) throw new Error(translate('ra.auth.sign_in_error'));
            const user = session.start(body);
            const redirectTo = landingPath(user);
            return redirectTo ? { redirectTo } : undefined;
        },

        async logout() {
            await session.logout();
        },

        async checkAuth() {
            if (session.hasUsableToken()) return;
            const hadSession = session.user() !== null;
            const user = await session.refresh().catch(() => null);
            if (user) return;
            // A session that ended says so; a first visit just shows the login page.
            throw hadSession ? new Error('herzensorte.auth.session_ended') : QUIET;
        },

        async checkError(error: { status?: number }) {
            // The data provider has already renewed the token and retried once:
            // a 401 here means the session is really over.
            if (sessionActionForStatus(error?.status) === 'logout') {
                session.clear();
                throw new Error('herzensorte.auth.session_ended');
            }
            // 403 and everything else: stay logged in, the view shows the error.
        },

        async getIdentity() {
            const user = await currentUser();
            if (!user) throw new Error('ra.auth.auth_check_error');
            return identityOf(user);
        },

        async getPermissions() {
            return (await currentUser())?.role;
        },
    };
};
