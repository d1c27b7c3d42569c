// Turns the API's error bodies (`{statusCode, message, errors?}`) into what
// react-admin understands: a readable message, and `errors` as an object keyed
// by field name so edit forms put server-side validation messages under the
// right input. react-admin suppresses the error notification when `errors` is
// non-empty, so anything it cannot map to a field is dropped rather than kept.

export interface ApiErrorBody {
    statusCode?: number;
    message?: unknown;
    errors?: unknown;
    [key: string]: unknown;
}

export const errorMessage = (body: unknown, fallback: string): string => {
    if (!body || typeof body !== 'object') return fallback;
    const { message } = body as ApiErrorBody;
    if (typeof message === 'string' && message.trim()) return message;
    if (Array.isArray(message)) {
        const parts = message.filter((m): m is string => typeof m === 'string' && m.trim() !== '');
        if (parts.length) return parts.join('; ');
    }
    return fallback;
};

const textOf = (value: unknown): string | null => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) {
        const parts = value.filter((v): v is string => typeof v === 'string');
        return parts.length ? parts.join('; ') : null;
    }
    if (value && typeof value === 'object') {
        // class-validator style: {constraints: {maxLength: '...'}}
        const texts = Object.values(value as Record<string, unknown>).filter(
            (v): v is string => typeof v === 'string',
        );
        return texts.length ? texts.join('; ') : null;
    }
    return null;
};

/** `errors` as `{field: message}`, or undefined when nothing maps to a field. */
export const fieldErrors = (errors: unknown): Record<string, string> | undefined => {
    const result: Record<string, string> = {};
    if (Array.isArray(errors)) {
        for (const item of errors) {
            if (!item || typeof item !== 'object') continue;
            const { field, property, path, message, constraints } = item as Record<string, unknown>;
            const name = [field, property, path].find((v): v is string => typeof v === 'string' && v !== '');
            const text = textOf(message) ?? textOf(constraints);
            if (name && text) result[name] = text;
        }
    } else if (errors && typeof errors === 'object') {
        for (const [name, value] of Object.entries(errors as Record<string, unknown>)) {
            const text = textOf(value);
            if (text) result[name] = text;
        }
    }
    return Object.keys(result).length ? result : undefined;
};

/**
 * The body with `errors` mapped to fields. `root.serverError` carries the
 * overall message, which react-admin shows as the form's notification.
 */
export const normalizeErrorBody = (body: unknown, fallback = 'ra.message.invalid_form'): unknown => {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
    const { errors, ...rest } = body as ApiErrorBody;
    const mapped = fieldErrors(errors);
    if (!mapped) return rest;
    return { ...rest, errors: { ...mapped, root: { serverError: errorMessage(body, fallback) } } };
};
