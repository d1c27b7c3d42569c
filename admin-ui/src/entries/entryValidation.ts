// Validators mirroring the API limits (shared/API.md). They return react-admin
// validation messages (`{message, args}`) without importing react-admin, so
// they stay plain functions with a spec.

export const ENTRY_LIMITS = {
    placeName: 120,
    story: 2000,
    address: 200,
    firstName: 40,
} as const;

/** A message key, or a key with interpolation arguments, as react-admin expects. */
export type ValidationError = string | { message: string; args: Record<string, unknown> } | undefined;
export type Validator = ((value: unknown) => ValidationError) & { isRequired?: boolean };

const isBlank = (value: unknown) =>
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Characters as the server counts them (code points, so an emoji is one). */
export const charCount = (value: string): number => Array.from(value).length;

// `isRequired` makes react-admin mark the input with an asterisk.
export const requiredValue: Validator = Object.assign(
    (value: unknown): ValidationError => (isBlank(value) ? 'ra.validation.required' : undefined),
    { isRequired: true },
);

export const maxChars =
    (max: number): Validator =>
    (value) =>
        typeof value === 'string' && charCount(value) > max
            ? { message: 'ra.validation.maxLength', args: { max } }
            : undefined;

export const finiteNumber: Validator = (value) =>
    isBlank(value) || (typeof value === 'number' && Number.isFinite(value))
        ? undefined
        : 'ra.validation.number';

export const numberBetween =
    (min: number, max: number): Validator =>
    (value) => {
        if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
        if (value < min) return { message: 'ra.validation.minValue', args: { min } };
        if (value > max) return { message: 'ra.validation.maxValue', args: { max } };
        return undefined;
    };

export const entryValidators = {
    placeName: [requiredValue, maxChars(ENTRY_LIMITS.placeName)],
    story: [requiredValue, maxChars(ENTRY_LIMITS.story)],
    address: [maxChars(ENTRY_LIMITS.address)],
    firstName: [maxChars(ENTRY_LIMITS.firstName)],
    lon: [requiredValue, finiteNumber, numberBetween(-180, 180)],
    lat: [requiredValue, finiteNumber, numberBetween(-90, 90)],
};

/** First error of a validator list, as react-admin reports it. */
export const firstError = (validators: Validator[], value: unknown): ValidationError => {
    for (const validate of validators) {
        const error = validate(value);
        if (error) return error;
    }
    return undefined;
};
