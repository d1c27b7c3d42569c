// fetch with the session's bearer token, for answers that are not JSON
// (downloads, streamed import progress). Like the data provider's httpClient:
// the token is renewed shortly before it expires, and a 401 is retried once
// after a refresh; a second 401 is returned to the caller.

import session from './auth/session';
import { withAuthorization } from './authStorage';
import { errorMessage } from './httpErrors';

class Unauthorized extends Error {
    constructor(readonly response: Response) {
        super('Unauthorized');
    }
}

/** The raw Response of `url`, sent with `Authorization: Bearer …` (and the session cookie, same origin). */
export const authFetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    try {
        return await session.send(
            async (token) => {
                const response = await globalThis.fetch(url, {
                    ...init,
                    credentials: 'same-origin',
                    headers: withAuthorization(init.headers ?? { Accept: '*/*' }, token),
                });
                if (response.status === 401) throw new Unauthorized(response);
                return response;
            },
            (error) => error instanceof Unauthorized,
        );
    } catch (error) {
        if (error instanceof Unauthorized) return error.response;
        throw error;
    }
};

/** The API's error message of a failed response (`{statusCode, message}`), or `fallback`. */
export const responseError = async (response: Response, fallback: string): Promise<string> => {
    const text = await response.text().catch(() => '');
    try {
        return errorMessage(JSON.parse(text), fallback);
    } catch {
        return fallback;
    }
};
