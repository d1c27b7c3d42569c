import { errorMessage, fieldErrors, normalizeErrorBody } from './httpErrors';

describe('errorMessage', () => {
    it('uses the API message, joining lists', () => {
        expect(errorMessage({ statusCode: 409, message: 'Stale version' }, 'x')).toBe('Stale version');
        expect(errorMessage({ message: ['placeName too long', 'story empty'] }, 'x')).toBe('placeName too long; story empty');
    });

    it('falls back when there is no usable message', () => {
        expect(errorMessage(null, 'fallback')).toBe('fallback');
        expect(errorMessage({ message: '' }, 'fallback')).toBe('fallback');
        expect(errorMessage('Bad Gateway', 'fallback')).toBe('fallback');
    });
});

describe('fieldErrors', () => {
    it('keeps an object keyed by field', () => {
        expect(fieldErrors({ placeName: 'too long', story: ['empty', 'short'] })).toEqual({
            placeName: 'too long',
            story: 'empty; short',
        });
    });

    it('maps lists of field errors', () => {
        expect(
            fieldErrors([
                { field: 'story', message: 'too long' },
                { property: 'lon', constraints: { isNumber: 'lon must be a number' } },
                { message: 'no field' },
            ]),
        ).toEqual({ story: 'too long', lon: 'lon must be a number' });
    });

    it('is undefined when nothing maps to a field', () => {
        expect(fieldErrors(undefined)).toBeUndefined();
        expect(fieldErrors([])).toBeUndefined();
        expect(fieldErrors(['oops'])).toBeUndefined();
    });
});

describe('normalizeErrorBody', () => {
    it('drops errors that react-admin could not place, so the notification is shown', () => {
        expect(normalizeErrorBody({ statusCode: 400, message: 'bad', errors: ['x'] })).toEqual({ statusCode: 400, message: 'bad' });
    });

    it('adds the overall message as the form root error', () => {
        expect(normalizeErrorBody({ statusCode: 422, message: 'Invalid', errors: [{ field: 'story', message: 'too long' }] })).toEqual({
            statusCode: 422,
            message: 'Invalid',
            errors: { story: 'too long', root: { serverError: 'Invalid' } },
        });
    });

    it('passes other bodies through', () => {
        expect(normalizeErrorBody('text')).toBe('text');
        expect(normalizeErrorBody(null)).toBeNull();
    });
});
