import polyglotI18nProvider from 'ra-i18n-polyglot';
import germanMessages from './de';
import englishMessages from './en';

export const DEFAULT_LOCALE = 'de';

export const LOCALES = [
    { locale: 'de', name: 'Deutsch' },
    { locale: 'en', name: 'English' },
];

// Both catalogues are small, so they are bundled rather than lazy-loaded:
// polyglot needs the default locale synchronously anyway.
export const getMessages = (locale: string) => (locale === 'en' ? englishMessages : germanMessages);

export const i18nProvider = polyglotI18nProvider(getMessages, DEFAULT_LOCALE, LOCALES, {
    allowMissing: true,
});

export default i18nProvider;
