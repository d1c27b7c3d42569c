import { intlLocale } from './intlLocale';

describe('intlLocale', () => {
    it('formats German as de-DE and English as en-GB', () => {
        expect(intlLocale('de')).toBe('de-DE');
        expect(intlLocale('en')).toBe('en-GB');
    });

    it('falls back to German', () => {
        expect(intlLocale(undefined)).toBe('de-DE');
        expect(intlLocale('fr')).toBe('de-DE');
    });

    it('gives German number and date formats', () => {
        expect((51000).toLocaleString(intlLocale('de'))).toBe('51.000');
        expect(new Date(Date.UTC(2025, 5, 1)).toLocaleDateString(intlLocale('de'), { timeZone: 'UTC' })).toBe('1.6.2025');
    });
});
