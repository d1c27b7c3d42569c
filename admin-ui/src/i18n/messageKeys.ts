// Helpers to compare translation catalogues (used by the i18n specs).

type Messages = { [key: string]: unknown };

/** Dotted paths of every string leaf, e.g. `ra.action.save`. */
export const flattenKeys = (messages: Messages, prefix = ''): string[] =>
    Object.entries(messages).flatMap(([key, value]) => {
        const path = prefix ? `${prefix}.${key}` : key;
        if (value && typeof value === 'object' && !Array.isArray(value)) {
            return flattenKeys(value as Messages, path);
        }
        return [path];
    });

export const lookup = (messages: Messages, path: string): unknown =>
    path.split('.').reduce<unknown>(
        (node, key) => (node && typeof node === 'object' ? (node as Messages)[key] : undefined),
        messages,
    );

/** Polyglot interpolations (`%{name}`) used in a phrase, sorted and unique. */
export const placeholders = (phrase: string): string[] =>
    [...new Set(Array.from(phrase.matchAll(/%\{(\w+)\}/g), (m) => m[1]))].sort();

/** Number of plural forms (`a |||| b`) in a phrase. */
export const pluralForms = (phrase: string): number => phrase.split('||||').length;
