import type { AuthProvider } from 'react-admin';
import {
    browserStorage,
    clearSession,
    isLoginResponse,
    isTokenUsable,
    readToken,
    readUser,
    saveSession,
    sessionActionForStatus,
    toCredentials,
} from './authStorage';

export const LOGIN_URL = '/api/auth/login';

export const authProvider: AuthProvider = {
    async login(params: { email?: string; username?: string; password?: string }) {
        const credentials = toCredentials(params);
        let response: Response;
        try {
            response = await fetch(LOGIN_URL, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
                body: JSON.stringify(credentials),
            });
        } catch {
            throw new Error('ra.notification.http_error');
        }
        if (response.status === 401 || response.status === 400) {
            throw new Error('ra.auth.sign_in_error');
        }
        if (response.status === 429) {
            throw new Error('herzensorte.auth.too_many_attempts');
        }
        if (!response.ok) {
            throw new Error('ra.notification.http_error');
        }
        const body: unknown = await response.json();
        if (!isLoginResponse(body)) {
            throw new Error('ra.auth.sign_in_error');
        }
        saveSession(browserStorage(), body);
    },

    async logout() {
        clearSession(browserStorage());
    },

    async checkAuth() {
        const storage = browserStorage();
        if (!isTokenUsable(readToken(storage))) {
            clearSession(storage);
            throw new Error('ra.auth.auth_check_error');
        }
    },

    async checkError(error: { status?: number }) {
        if (sessionActionForStatus(error?.status) === 'logout') {
            clearSession(browserStorage());
            throw new Error('ra.notification.logged_out');
        }
        // 403 and everything else: stay logged in, the view shows the error.
    },

    async getIdentity() {
        const user = readUser(browserStorage());
        if (!user) throw new Error('ra.auth.auth_check_error');
        return { id: user.id, fullName: user.email, role: user.role, districtIds: user.districtIds };
    },

    async getPermissions() {
        return readUser(browserStorage())?.role;
    },
};

export default authProvider;
