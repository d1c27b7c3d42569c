// What the API's error answers mean for the form: 400/422 `{statusCode, message, errors?:[{field, message}]}`
// become messages at the fields; 429 becomes "try again in N minutes" from Retry-After.
import { translate, type Lang } from './i18n';
import type { Field, FieldErrors } from './validation';

export interface ErrorBody {
    statusCode?: number;
    message?: string;
    errors?: { field?: string; message?: string }[];
}

const API_FIELDS: Record<string, Field> = {
    lon: 'location',
    lat: 'location',
    placeName: 'placeName',
    story: 'story',
    address: 'address',
    firstName: 'firstName',
    email: 'email',
    consent: 'consent',
};

/** The API's (English) message in the page's language where we know what it means, else as it came. */
const localise = (field: Field, status: number, message: string, lang: Lang): string => {
    const t = (key: Parameters<typeof translate>[1], vars?: Record<string, number>) => translate(lang, key, vars);
    if (field === 'location') return /dortmund|outside|city/i.test(message) || status === 422 ? t('error.outside') : t('error.location');
    if (/empty|required|should not be/i.test(message)) return t('error.required');
    const max = /(?:shorter than or equal to|at most|longer than)\s+(\d+)/i.exec(message);
    if (max) return t('error.tooLongMax', { max: Number(max[1]) });
    if (field === 'email') return t('error.email');
    if (field === 'consent') return t('error.consent');
    return message;
};

export interface ServerErrors {
    fields: FieldErrors;
    /** A message that belongs to no field (shown above the send button). */
    general?: string;
}

/** A 400/422 body → messages at the fields; whatever names no known field becomes the general message. */
export const serverErrors = (status: number, body: unknown, lang: Lang): ServerErrors => {
    const b = (body && typeof body === 'object' ? body : {}) as ErrorBody;
    const fields: FieldErrors = {};
    const rest: string[] = [];
    for (const error of Array.isArray(b.errors) ? b.errors : []) {
        const field = API_FIELDS[error?.field ?? ''];
        const message = typeof error?.message === 'string' ? error.message : '';
        if (field) fields[field] ??= localise(field, status, message, lang);
        else if (message) rest.push(error?.field === 'altcha' ? translate(lang, 'submit.challengeFailed') : message);
    }
    if (Object.keys(fields).length === 0 && rest.length === 0) {
        // No list: the message alone may still name the place as outside the city.
        const message = typeof b.message === 'string' ? b.message : '';
        if (status === 422 && /dortmund/i.test(message)) fields.location = translate(lang, 'error.outside');
        else rest.push(message || translate(lang, 'submit.serverError', { status }));
    }
    return rest.length ? { fields, general: [...new Set(rest)].join(' ') } : { fields };
};

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null. */
export const retryAfterSeconds = (header: string | null | undefined, now = Date.now()): number | null => {
    if (!header) return null;
    const trimmed = header.trim();
    if (/^\d+$/.test(trimmed)) return Number(trimmed);
    const date = Date.parse(trimmed);
    return Number.isFinite(date) ? Math.max(0, Math.round((date - now) / 1000)) : null;
};

/** "Too many submissions …, try again in N minutes" in the page's language. */
export const tooManyMessage = (header: string | null | undefined, lang: Lang, now = Date.now()): string => {
    const seconds = retryAfterSeconds(header, now);
    const minutes = seconds === null ? null : Math.max(1, Math.ceil(seconds / 60));
    const when =
        minutes === null
            ? translate(lang, 'submit.tooManyLater')
            : minutes === 1
              ? translate(lang, 'submit.tooManyInOne')
              : translate(lang, 'submit.tooManyIn', { minutes });
    return translate(lang, 'submit.tooMany', { when });
};
