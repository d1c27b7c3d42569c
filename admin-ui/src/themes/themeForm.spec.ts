import { keywordsError, normaliseKeywords, themeIdError, themeIdFromLabel, toThemePayload } from './themeForm';

describe('theme form', () => {
    it('proposes a key from the label', () => {
        expect(themeIdFromLabel('Spielplätze & Parks')).toBe('spielplaetze-parks');
        expect(themeIdFromLabel('  Straße  ')).toBe('strasse');
        expect(themeIdFromLabel('Café')).toBe('cafe');
        expect(themeIdFromLabel('!!!')).toBe('');
    });

    it('checks the key like the API', () => {
        expect(themeIdError('spielplatz')).toBeUndefined();
        expect(themeIdError('sport-2')).toBeUndefined();
        expect(themeIdError('Sport')).toBeDefined();
        expect(themeIdError('-sport')).toBeDefined();
        expect(themeIdError('a'.repeat(65))).toBeDefined();
        expect(themeIdError(undefined)).toBeDefined();
    });

    it('cleans the keywords', () => {
        expect(normaliseKeywords([' See ', 'see', '', 'Phoenix  See', 3, 'Hafen'])).toEqual(['See', 'Phoenix See', 'Hafen']);
        expect(normaliseKeywords(undefined)).toEqual([]);
    });

    it('checks keyword lengths and numbers', () => {
        expect(keywordsError(['see', 'hafen'])).toBeUndefined();
        expect(keywordsError(['a'])).toBe('herzensorte.themes.keyword_too_short');
        expect(keywordsError(['x'.repeat(61)])).toBe('herzensorte.themes.keyword_too_long');
        expect(keywordsError(Array.from({ length: 301 }, (_, i) => `wort${i}`))).toBe('herzensorte.themes.too_many_keywords');
    });

    it('sends only what the API takes', () => {
        expect(toThemePayload({ id: ' spielplatz ', label: ' Spielplatz ', keywords: ['Rutsche', 'rutsche'], extra: 1 }, 'create')).toEqual({
            id: 'spielplatz',
            label: 'Spielplatz',
            keywords: ['Rutsche'],
        });
        expect(toThemePayload({ id: 'natur', label: 'Natur', keywords: ['wald'], position: 1, updatedAt: 'x' }, 'edit')).toEqual({
            id: 'natur',
            label: 'Natur',
            keywords: ['wald'],
        });
    });
});
