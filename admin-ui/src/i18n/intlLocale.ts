// react-admin's DateField/NumberField format with the browser's locale unless
// told otherwise; the console formats like the language it speaks instead.
// English uses British conventions (day before month), closer to German habits.
const INTL_LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };

export const intlLocale = (locale: string | undefined): string => INTL_LOCALES[locale ?? ''] ?? 'de-DE';
