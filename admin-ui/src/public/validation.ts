// Client-side checks of a submission, mirroring the API's limits (API.md "Public"), and the JSON
// body sent to POST /api/public/entries. Pure: the form calls them, the specs test them.
import type { DistrictCollection } from '../map/geo';
import { locateDistrict } from '../map/pip';
import { translate, type Lang } from './i18n';

export interface SubmissionValues {
    placeName: string;
    story: string;
    address: string;
    firstName: string;
    email: string;
    consent: boolean;
    lon: number | null;
    lat: number | null;
    /** Honeypot: people never see it, so it stays empty. */
    website?: string;
}

export const EMPTY_VALUES: SubmissionValues = {
    placeName: '',
    story: '',
    address: '',
    firstName: '',
    email: '',
    consent: false,
    lon: null,
    lat: null,
    website: '',
};

/** `location` stands for the pin (the API's `lon`/`lat`). */
export type Field = 'location' | 'placeName' | 'story' | 'address' | 'firstName' | 'email' | 'consent';
export const FIELD_ORDER: readonly Field[] = ['location', 'address', 'placeName', 'story', 'firstName', 'email', 'consent'];
export type FieldErrors = Partial<Record<Field, string>>;

export const LIMITS = { placeName: 120, story: 2000, address: 200, firstName: 40, email: 254 } as const;

/** The API's text clean-up (backend/src/entries/text.ts): NFC, no control characters, trimmed. */
export const cleanText = (value: string, multiline = false): string => {
    // eslint-disable-next-line no-control-regex
    const control = multiline ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g : /[\u0000-\u001F\u007F]/g;
    return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(control, multiline ? '' : ' ').trim();
};

/**
 * Length as the API's MaxLength counts it (validator.js `isLength`): a surrogate pair (emoji) is one
 * character, variation selectors count for nothing.
 */
export const textLength = (value: string): number => {
    const pairs = value.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
    const selectors = value.match(/[\uFE0E\uFE0F]/g)?.length ?? 0;
    return value.length - pairs - selectors;
};

/** A pragmatic address check: something@domain.tld, no spaces; the server has the last word. */
export const isEmail = (value: string): boolean =>
    value.length <= LIMITS.email && /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\]+\.[^\s@"(),:;<>[\]\\.]{2,}$/.test(value) && !/\.\./.test(value);

export interface ValidateOptions {
    lang: Lang;
    /** The districts; when known, a pin outside all of them is refused before sending. */
    districts?: DistrictCollection | null;
}

/** Field → message in the language; an empty object means the submission may be sent. */
export const validateSubmission = (values: SubmissionValues, { lang, districts }: ValidateOptions): FieldErrors => {
    const errors: FieldErrors = {};
    const t = (key: Parameters<typeof translate>[1], vars?: Record<string, number>) => translate(lang, key, vars);
    const tooLong = (value: string, max: number) => {
        const count = textLength(value);
        return count > max ? t('error.tooLong', { max, count }) : undefined;
    };

    const { lon, lat } = values;
    const hasPin = typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat);
    if (!hasPin) errors.location = t('error.location');
    else if (districts && districts.features.length > 0 && !locateDistrict(districts, lon, lat)) errors.location = t('error.outside');

    const placeName = cleanText(values.placeName);
    if (!placeName) errors.placeName = t('error.required');
    else errors.placeName = tooLong(placeName, LIMITS.placeName);

    const story = cleanText(values.story, true);
    if (!story) errors.story = t('error.required');
    else errors.story = tooLong(story, LIMITS.story);

    errors.address = tooLong(cleanText(values.address), LIMITS.address);
    errors.firstName = tooLong(cleanText(values.firstName), LIMITS.firstName);

    const email = cleanText(values.email);
    if (email && !isEmail(email)) errors.email = t('error.email');
    else if (email && !values.consent) errors.consent = t('error.consent');

    for (const field of Object.keys(errors) as Field[]) if (!errors[field]) delete errors[field];
    return errors;
};

export interface SubmissionPayload {
    placeName: string;
    story: string;
    lon: number;
    lat: number;
    address?: string;
    firstName?: string;
    email?: string;
    consent?: true;
    website?: string;
    altcha?: string;
}

/**
 * The JSON body: cleaned text, empty optional fields left out; the email (with `consent: true`)
 * only when the consent box is ticked. Call after `validateSubmission` found nothing.
 */
export const toPayload = (values: SubmissionValues): SubmissionPayload => {
    const payload: SubmissionPayload = {
        placeName: cleanText(values.placeName),
        story: cleanText(values.story, true),
        lon: values.lon as number,
        lat: values.lat as number,
    };
    const address = cleanText(values.address);
    if (address) payload.address = address;
    const firstName = cleanText(values.firstName);
    if (firstName) payload.firstName = firstName;
    const email = cleanText(values.email);
    if (values.consent && email) {
        payload.email = email;
        payload.consent = true;
    }
    if (values.website) payload.website = values.website;
    return payload;
};

/** The first field with an error in the order of the form (where focus goes after a failed send). */
export const firstErrorField = (errors: FieldErrors): Field | undefined => FIELD_ORDER.find((field) => errors[field]);
