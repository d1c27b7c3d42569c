import { parseDistrictCollection } from '../map/geo';
import { cleanText, EMPTY_VALUES, firstErrorField, isEmail, textLength, toPayload, validateSubmission, type SubmissionValues } from './validation';

const districts = parseDistrictCollection({
    type: 'FeatureCollection',
    features: [
        {
            type: 'Feature',
            properties: { id: 'hoerde', name: 'Hörde', nr: 8 },
            geometry: { type: 'Polygon', coordinates: [[[7.4, 51.45], [7.6, 51.45], [7.6, 51.55], [7.4, 51.55], [7.4, 51.45]]] },
        },
    ],
});

const valid: SubmissionValues = {
    ...EMPTY_VALUES,
    placeName: 'Phoenix-See',
    story: 'Hier gehe ich sonntags mit meiner Tochter spazieren.',
    lon: 7.51,
    lat: 51.49,
};

const de = (values: Partial<SubmissionValues>) => validateSubmission({ ...valid, ...values }, { lang: 'de', districts });

describe('validateSubmission', () => {
    it('accepts a complete submission', () => {
        expect(de({})).toEqual({});
        expect(de({ address: 'Phoenixseestraße', firstName: 'Ayşe', email: 'ayse@example.org', consent: true })).toEqual({});
    });

    it('requires place name, story and a pin, in German', () => {
        expect(validateSubmission(EMPTY_VALUES, { lang: 'de', districts })).toEqual({
            location: 'Bitte setz eine Markierung auf der Karte.',
            placeName: 'Bitte ausfüllen.',
            story: 'Bitte ausfüllen.',
        });
    });

    it('speaks English when switched', () => {
        expect(validateSubmission(EMPTY_VALUES, { lang: 'en' })).toEqual({
            location: 'Please put a pin on the map.',
            placeName: 'Please fill this in.',
            story: 'Please fill this in.',
        });
    });

    it('treats whitespace-only text as empty', () => {
        expect(de({ placeName: '   ', story: '\n\t ' })).toEqual({ placeName: 'Bitte ausfüllen.', story: 'Bitte ausfüllen.' });
    });

    it('mirrors the API limits exactly', () => {
        expect(de({ placeName: 'x'.repeat(120), story: 'y'.repeat(2000), address: 'a'.repeat(200), firstName: 'f'.repeat(40) })).toEqual({});
        expect(de({ placeName: 'x'.repeat(121), story: 'y'.repeat(2001), address: 'a'.repeat(201), firstName: 'f'.repeat(41) })).toEqual({
            placeName: 'Höchstens 120 Zeichen (jetzt 121).',
            story: 'Höchstens 2.000 Zeichen (jetzt 2.001).',
            address: 'Höchstens 200 Zeichen (jetzt 201).',
            firstName: 'Höchstens 40 Zeichen (jetzt 41).',
        });
        expect(validateSubmission({ ...valid, placeName: 'x'.repeat(121) }, { lang: 'en' }).placeName).toBe('At most 120 characters (now 121).');
    });

    it('counts an emoji as one character, like the API', () => {
        expect(de({ firstName: '❤️'.repeat(20) })).toEqual({});
        expect(de({ firstName: '😀'.repeat(40) })).toEqual({});
        expect(de({ firstName: '😀'.repeat(41) }).firstName).toMatch(/40/);
    });

    it('checks the email format and needs consent for it', () => {
        expect(de({ email: 'not-an-address', consent: true }).email).toBe('Bitte gib eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.');
        expect(de({ email: 'a@b', consent: true }).email).toBeDefined();
        expect(de({ email: 'ayse@example.org' })).toEqual({ consent: 'Bitte bestätige die Einwilligung – oder lass die E-Mail-Adresse leer.' });
        expect(de({ email: '', consent: true })).toEqual({});
    });

    it('refuses a pin outside the districts when they are known', () => {
        expect(de({ lon: 7.0116, lat: 51.4556 })).toEqual({
            location: 'Dieser Ort liegt nicht in Dortmund. Bitte setz die Markierung innerhalb der Stadtgrenze.',
        });
        // without districts (the boundaries failed to load) the server decides
        expect(validateSubmission({ ...valid, lon: 7.0116, lat: 51.4556 }, { lang: 'de', districts: null })).toEqual({});
    });

    it('needs both coordinates as finite numbers', () => {
        expect(de({ lon: null }).location).toBeDefined();
        expect(de({ lat: NaN }).location).toBeDefined();
    });
});

describe('toPayload', () => {
    it('sends cleaned text and leaves empty optional fields out', () => {
        expect(toPayload({ ...valid, placeName: '  Phoenix-See ', story: 'Zeile 1\r\nZeile 2  ', address: ' ', firstName: '' })).toEqual({
            placeName: 'Phoenix-See',
            story: 'Zeile 1\nZeile 2',
            lon: 7.51,
            lat: 51.49,
        });
    });

    it('sends the email only with consent', () => {
        expect(toPayload({ ...valid, email: 'a@example.org', consent: false })).not.toHaveProperty('email');
        expect(toPayload({ ...valid, email: 'a@example.org', consent: false })).not.toHaveProperty('consent');
        expect(toPayload({ ...valid, email: ' a@example.org ', consent: true })).toMatchObject({ email: 'a@example.org', consent: true });
        expect(toPayload({ ...valid, email: '', consent: true })).not.toHaveProperty('consent');
    });

    it('passes the honeypot on when a bot filled it', () => {
        expect(toPayload({ ...valid, website: 'http://spam.example' }).website).toBe('http://spam.example');
        expect(toPayload(valid)).not.toHaveProperty('website');
    });
});

describe('helpers', () => {
    it('cleans text like the API', () => {
        expect(cleanText(' a\u0000b ')).toBe('a b');
        expect(cleanText('a\u0000b\nc', true)).toBe('ab\nc');
        expect(cleanText('Cafe\u0301')).toBe('Café');
    });

    it('counts like validator.js', () => {
        expect(textLength('abc')).toBe(3);
        expect(textLength('😀')).toBe(1);
        expect(textLength('❤️')).toBe(1);
    });

    it('recognises plausible email addresses', () => {
        expect(isEmail('name@beispiel.de')).toBe(true);
        expect(isEmail('vor.nach+tag@sub.example.org')).toBe(true);
        for (const bad of ['name', 'name@', '@example.org', 'a b@example.org', 'a@example', 'a@example..org', `${'x'.repeat(250)}@example.org`]) {
            expect(isEmail(bad)).toBe(false);
        }
    });

    it('finds the first error in form order', () => {
        expect(firstErrorField({ story: 'x', location: 'y' })).toBe('location');
        expect(firstErrorField({ consent: 'x', placeName: 'y' })).toBe('placeName');
        expect(firstErrorField({})).toBeUndefined();
    });
});
