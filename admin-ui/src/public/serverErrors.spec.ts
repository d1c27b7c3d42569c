import { retryAfterSeconds, serverErrors, tooManyMessage } from './serverErrors';

describe('serverErrors', () => {
    it('puts validation errors at their fields, in the page language', () => {
        const body = {
            statusCode: 400,
            message: 'placeName must not be empty; story must be shorter than or equal to 2000 characters',
            errors: [
                { field: 'placeName', message: 'placeName must not be empty' },
                { field: 'story', message: 'story must be shorter than or equal to 2000 characters' },
                { field: 'email', message: 'email must be an email address' },
                { field: 'consent', message: 'consent must be true to give an email address for the prize draw' },
            ],
        };
        expect(serverErrors(400, body, 'de')).toEqual({
            fields: {
                placeName: 'Bitte ausfüllen.',
                story: 'Höchstens 2.000 Zeichen.',
                email: 'Bitte gib eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.',
                consent: 'Bitte bestätige die Einwilligung – oder lass die E-Mail-Adresse leer.',
            },
        });
        expect(serverErrors(400, body, 'en').fields.story).toBe('At most 2,000 characters.');
    });

    it('shows "not in Dortmund" at the pin', () => {
        const body = { statusCode: 422, message: 'The place is not in Dortmund', errors: [{ field: 'lon', message: 'The place is not in Dortmund' }] };
        expect(serverErrors(422, body, 'de')).toEqual({
            fields: { location: 'Dieser Ort liegt nicht in Dortmund. Bitte setz die Markierung innerhalb der Stadtgrenze.' },
        });
        // also when the body has only a message
        expect(serverErrors(422, { statusCode: 422, message: 'The place is not in Dortmund' }, 'en').fields.location).toMatch(/not in Dortmund/);
    });

    it('keeps what belongs to no field as a general message', () => {
        expect(serverErrors(400, { statusCode: 400, message: 'property foo should not exist', errors: [{ field: 'foo', message: 'property foo should not exist' }] }, 'de')).toEqual({
            fields: {},
            general: 'property foo should not exist',
        });
        expect(serverErrors(400, { errors: [{ field: 'altcha', message: 'the challenge has expired' }] }, 'de').general).toBe(
            'Die Sicherheitsprüfung ist fehlgeschlagen. Bitte sende noch einmal.',
        );
        expect(serverErrors(400, 'not json', 'de')).toEqual({ fields: {}, general: 'Beim Senden ist ein Fehler aufgetreten (400). Deine Angaben sind noch da; versuch es bitte später noch einmal.' });
    });

    it('passes an unknown message for a known field through', () => {
        expect(serverErrors(400, { errors: [{ field: 'firstName', message: 'firstName must be a string' }] }, 'de').fields.firstName).toBe('firstName must be a string');
    });
});

describe('Retry-After', () => {
    const now = Date.parse('2026-05-01T12:00:00Z');

    it('reads seconds and HTTP dates', () => {
        expect(retryAfterSeconds('120', now)).toBe(120);
        expect(retryAfterSeconds('Fri, 01 May 2026 12:05:00 GMT', now)).toBe(300);
        expect(retryAfterSeconds('soon', now)).toBeNull();
        expect(retryAfterSeconds(null, now)).toBeNull();
    });

    it('says when to try again', () => {
        expect(tooManyMessage('420', 'de', now)).toBe('Zu viele Einsendungen von diesem Anschluss. Bitte versuch es in 7 Minuten noch einmal.');
        expect(tooManyMessage('30', 'de', now)).toBe('Zu viele Einsendungen von diesem Anschluss. Bitte versuch es in einer Minute noch einmal.');
        expect(tooManyMessage(null, 'en', now)).toBe('Too many submissions from this connection. Please try again later.');
        expect(tooManyMessage('600', 'en', now)).toBe('Too many submissions from this connection. Please try again in 10 minutes.');
    });
});
