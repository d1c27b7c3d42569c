import { initialLang, messageKeys, THEME_KEYS, themeLabel, translate } from './i18n';

describe('public page messages', () => {
    it('has every message in both languages, none empty', () => {
        expect(messageKeys('en').sort()).toEqual(messageKeys('de').sort());
        for (const lang of ['de', 'en'] as const) {
            for (const key of messageKeys(lang)) expect(translate(lang, key as never).trim()).not.toBe('');
        }
    });

    it('fills placeholders and formats numbers per language', () => {
        expect(translate('de', 'error.tooLong', { max: 2000, count: 2001 })).toBe('Höchstens 2.000 Zeichen (jetzt 2.001).');
        expect(translate('en', 'error.tooLong', { max: 2000, count: 2001 })).toBe('At most 2,000 characters (now 2,001).');
        expect(translate('de', 'submit.thanks')).toBe('Danke! Dein Herzensort erscheint nach der Prüfung.');
    });

    it('labels the twelve themes', () => {
        expect(THEME_KEYS).toHaveLength(12);
        expect(THEME_KEYS.map((k) => themeLabel('de', k))).toEqual([
            'Natur', 'Wasser', 'Industriekultur', 'Geschichte', 'Kultur', 'Sport', 'Gastronomie', 'Erinnerung', 'Gemeinschaft', 'Ruhe', 'Aussicht', 'Einkaufen',
        ]);
        expect(themeLabel('en', 'wasser')).toBe('Water');
        expect(themeLabel('de', 'neu')).toBe('neu');
    });

    it('starts in German', () => {
        expect(initialLang(null)).toBe('de');
        expect(initialLang('fr')).toBe('de');
        expect(initialLang('en')).toBe('en');
        expect(initialLang('en', '?lang=de')).toBe('de');
        expect(initialLang(null, '?lang=en')).toBe('en');
    });
});
