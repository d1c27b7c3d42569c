import { fetchUtils, HttpError, type DataProvider, type Identifier } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import session from './auth/session';
import { withAuthorization } from './authStorage';
import { errorMessage, normalizeErrorBody } from './httpErrors';
import type { AnalyticsFilter, DistrictReport, Heat, HeatResolution, Overview } from './dashboard/analyticsTypes';
import type { BulkModerationResult, Claim, Entry, ModerationAction, ModerationStats } from './types';

export const API_URL = '/api';

const isUnauthorized = (error: unknown) => error instanceof HttpError && error.status === 401;

/**
 * fetchJson with the session's bearer token (renewed shortly before it
 * expires; on a 401 renewed once and the request retried once). API errors
 * keep their status and body.
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
    try {
        return await session.send(
            (token) => fetchUtils.fetchJson(url, { ...options, headers: withAuthorization(options.headers, token) }),
            isUnauthorized,
        );
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

export interface ModerateParams {
    action: ModerationAction;
    reasonCode?: string;
    note?: string;
    /** The version of the record the decision was taken on (stale → 409). */
    version: number;
}

export interface RedactParams {
    start: number;
    end: number;
    reason: string;
    version: number;
}

/** The moderation endpoints beyond simple-rest (shared/API.md), as custom data provider methods. */
export interface ModerationMethods {
    moderate(id: Identifier, params: ModerateParams): Promise<{ data: Entry }>;
    moderateMany(params: Omit<ModerateParams, 'version'> & { ids: Identifier[] }): Promise<{ data: BulkModerationResult[] }>;
    claim(id: Identifier): Promise<{ data: Claim }>;
    releaseClaim(id: Identifier): Promise<void>;
    redact(id: Identifier, params: RedactParams): Promise<{ data: Entry }>;
    getModerationStats(): Promise<{ data: ModerationStats }>;
}

/** Dashboard figures, heat cells and district reports (shared/API.md "Analytics"). */
export interface AnalyticsMethods {
    getAnalyticsOverview(filter: AnalyticsFilter): Promise<{ data: Overview }>;
    getHeat(res: HeatResolution, filter: AnalyticsFilter): Promise<{ data: Heat }>;
    getDistrictReport(id: Identifier): Promise<{ data: DistrictReport }>;
}

/** Merging and splitting places (POST /api/places/:id/merge and /split). */
export interface PlaceMethods {
    mergePlaces(id: Identifier, placeIds: Identifier[]): Promise<{ data: unknown }>;
    splitPlace(id: Identifier, entryIds: Identifier[]): Promise<{ data: unknown }>;
}

/** Data subject requests for a submitter's address (POST /api/privacy/access and /erasure, admins only); the raw answers. */
export interface PrivacyMethods {
    requestPrivacy(kind: 'access' | 'erasure', email: string): Promise<{ data: unknown }>;
}

export type AppDataProvider = DataProvider & ModerationMethods & AnalyticsMethods & PlaceMethods & PrivacyMethods;

const entryUrl = (id: Identifier, path: string) => `${API_URL}/entries/${encodeURIComponent(String(id))}/${path}`;
const post = (url: string, body: unknown) => httpClient(url, { method: 'POST', body: JSON.stringify(body) });
const placeUrl = (id: Identifier, path: string) => `${API_URL}/places/${encodeURIComponent(String(id))}/${path}`;
/** `?filter={...}` (plus other parameters) as the list endpoints read it. */
export const analyticsQuery = (filter: AnalyticsFilter, extra: Record<string, string> = {}): string =>
    new URLSearchParams({ ...extra, filter: JSON.stringify(filter) }).toString();

export const dataProvider: AppDataProvider = {
    ...simpleRestProvider(API_URL, httpClient),
    moderate: async (id, params) => ({ data: (await post(entryUrl(id, 'moderate'), params)).json as Entry }),
    moderateMany: async (params) => {
        const { json } = await post(`${API_URL}/entries/moderate`, params);
        return { data: Array.isArray(json?.results) ? json.results : [] };
    },
    claim: async (id) => ({ data: (await post(entryUrl(id, 'claim'), {})).json as Claim }),
    releaseClaim: async (id) => {
        await httpClient(entryUrl(id, 'claim'), { method: 'DELETE' });
    },
    redact: async (id, params) => ({ data: (await post(entryUrl(id, 'redact'), params)).json as Entry }),
    getModerationStats: async () => ({ data: (await httpClient(`${API_URL}/moderation/stats`)).json as ModerationStats }),
    getAnalyticsOverview: async (filter) => ({
        data: (await httpClient(`${API_URL}/analytics/overview?${analyticsQuery(filter)}`)).json as Overview,
    }),
    getHeat: async (res, filter) => ({
        data: (await httpClient(`${API_URL}/analytics/heat?${analyticsQuery(filter, { res: String(res) })}`)).json as Heat,
    }),
    getDistrictReport: async (id) => ({
        data: (await httpClient(`${API_URL}/districts/${encodeURIComponent(String(id))}/report`)).json as DistrictReport,
    }),
    mergePlaces: async (id, placeIds) => ({ data: (await post(placeUrl(id, 'merge'), { placeIds })).json }),
    splitPlace: async (id, entryIds) => ({ data: (await post(placeUrl(id, 'split'), { entryIds })).json }),
    requestPrivacy: async (kind, email) => ({ data: (await post(`${API_URL}/privacy/${kind}`, { email })).json }),
};

export default dataProvider;
