import { createAuthProvider } from './auth/createAuthProvider';
import session from './auth/session';
import { i18nProvider } from './i18n';

export { LOGIN_URL } from './auth/createAuthProvider';

/**
 * Login with a 15-minute access token kept in memory and a refresh token in
 * an httpOnly cookie; see auth/tokenSession.ts for renewal and retry.
 */
export const authProvider = createAuthProvider({
    session,
    fetch: (input, init) => globalThis.fetch(input, init),
    translate: (key, args) => i18nProvider.translate(key, { _: key, ...args }),
});

export default authProvider;
