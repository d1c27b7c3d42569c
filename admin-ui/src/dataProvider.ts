import { fetchUtils, HttpError } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { browserStorage, readToken, withAuthorization } from './authStorage';
import { errorMessage, normalizeErrorBody } from './httpErrors';

export const API_URL = '/api';

/** fetchJson with the stored bearer token; API errors keep their status and body. */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
    const headers = withAuthorization(options.headers, readToken(browserStorage()));
    try {
        return await fetchUtils.fetchJson(url, { ...options, headers });
    } catch (error) {
        if (error instanceof HttpError) {
            throw new HttpError(
                errorMessage(error.body, error.message || 'ra.notification.http_error'),
                error.status,
                normalizeErrorBody(error.body),
            );
        }
        throw error;
    }
};

export const dataProvider = simpleRestProvider(API_URL, httpClient);

export default dataProvider;
