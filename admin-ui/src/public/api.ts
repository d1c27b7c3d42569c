// The three public endpoints the page talks to (same origin only; no cookies needed).
import { isAltchaChallenge, type AltchaChallenge } from './altcha';
import { parseEntryCollection, type PublicEntry } from './filters';
import type { Lang } from './i18n';
import { serverErrors, tooManyMessage, type ServerErrors } from './serverErrors';
import type { SubmissionPayload } from './validation';

export const ENTRIES_URL = '/api/public/entries';
export const CHALLENGE_URL = '/api/public/challenge';

export type SubmitResult =
    | { kind: 'created'; id: string; districtId: string | null }
    | { kind: 'invalid'; errors: ServerErrors }
    | { kind: 'tooMany'; message: string }
    | { kind: 'network' };

const readJson = async (response: Response): Promise<unknown> => {
    try {
        return await response.json();
    } catch {
        return null;
    }
};

/** The challenge when the operator switched it on, null when not (404). Throws when the server cannot be reached. */
export const fetchChallenge = async (): Promise<AltchaChallenge | null> => {
    const response = await fetch(CHALLENGE_URL, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (response.status === 404) return null;
    const body = await readJson(response);
    if (!response.ok || !isAltchaChallenge(body)) throw new Error(`GET ${CHALLENGE_URL}: ${response.status}`);
    return body;
};

/** POST the submission; never throws, so the form can keep its text whatever happens. */
export const postEntry = async (payload: SubmissionPayload, lang: Lang): Promise<SubmitResult> => {
    let response: Response;
    try {
        response = await fetch(ENTRIES_URL, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify(payload),
        });
    } catch {
        return { kind: 'network' };
    }
    const body = await readJson(response);
    if (response.status === 201 || response.status === 200) {
        const b = (body ?? {}) as { id?: unknown; districtId?: unknown };
        return { kind: 'created', id: String(b.id ?? ''), districtId: typeof b.districtId === 'string' ? b.districtId : null };
    }
    if (response.status === 429) return { kind: 'tooMany', message: tooManyMessage(response.headers.get('Retry-After'), lang) };
    return { kind: 'invalid', errors: serverErrors(response.status, body, lang) };
};

export const fetchEntries = async (signal?: AbortSignal): Promise<PublicEntry[]> => {
    const response = await fetch(ENTRIES_URL, { headers: { Accept: 'application/geo+json, application/json' }, signal });
    if (!response.ok) throw new Error(`GET ${ENTRIES_URL}: ${response.status}`);
    return parseEntryCollection(await response.json());
};
