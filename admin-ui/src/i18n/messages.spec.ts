import englishRa from 'ra-language-english';
import germanMessages from './de';
import englishMessages from './en';
import { flattenKeys, lookup, placeholders, pluralForms } from './messageKeys';
import { CHANNELS, ENTRY_STATUSES, EVENT_ACTIONS, FLAG_CODES, MODERATION_ACTIONS, REASON_CODES, THEME_KEYS } from '../types';

// German deliberately names the field with its capital (German nouns), where
// English lower-cases it.
const PLACEHOLDER_EXCEPTIONS: Record<string, string[]> = {
    'ra.sort.sort_by': ['field', 'order'],
};

describe('translation catalogues', () => {
    const raKeys = flattenKeys(englishRa as unknown as Record<string, unknown>);

    it('the German catalogue translates every react-admin message', () => {
        const missing = raKeys.filter((key) => typeof lookup(germanMessages, key) !== 'string');
        expect(raKeys.length).toBeGreaterThan(150);
        expect(missing).toEqual([]);
    });

    it('German and English have exactly the same keys', () => {
        expect(flattenKeys(germanMessages).sort()).toEqual(flattenKeys(englishMessages).sort());
    });

    it('German phrases use the placeholders and plural forms of the English ones', () => {
        const mismatches = flattenKeys(englishMessages).flatMap((key) => {
            const en = lookup(englishMessages, key) as string;
            const de = lookup(germanMessages, key) as string;
            const expected = PLACEHOLDER_EXCEPTIONS[key] ?? placeholders(en);
            const problems: string[] = [];
            if (placeholders(de).join() !== expected.join()) problems.push(`${key}: placeholders`);
            if (pluralForms(de) !== pluralForms(en)) problems.push(`${key}: plural forms`);
            return problems;
        });
        expect(mismatches).toEqual([]);
    });

    it('no German message is left in English or empty', () => {
        const untranslated = raKeys.filter((key) => {
            const de = lookup(germanMessages, key) as string;
            const en = lookup(englishRa as unknown as Record<string, unknown>, key) as string;
            // A few strings are the same in both languages (placeholders only, "Details", "Status").
            return de.trim() === '' ? en.trim() !== '' : de === en && /[a-z]{4,}/i.test(en.replace(/%\{\w+\}/g, ''));
        });
        expect(untranslated).toEqual(['ra.message.details']);
    });

    it('uses the agreed German status labels', () => {
        expect(lookup(germanMessages, 'herzensorte.status')).toEqual({
            pending: 'Offen',
            approved: 'Freigegeben',
            rejected: 'Abgelehnt',
            on_hold: 'Zurückgestellt',
        });
    });

    it('uses the agreed German reject reasons and action names', () => {
        expect(lookup(germanMessages, 'herzensorte.reason')).toEqual({
            netiquette: 'Netiquette verletzt',
            personal_data: 'Persönliche Daten',
            advertising: 'Werbung',
            not_in_dortmund: 'Nicht in Dortmund',
            duplicate: 'Doppelt',
            off_topic: 'Kein Bezug zum Thema',
            other: 'Sonstiges',
        });
        // the moderation buttons' accessible names rely on these
        expect(lookup(germanMessages, 'herzensorte.action.approve')).toBe('Freigeben');
        expect(lookup(germanMessages, 'herzensorte.action.reject')).toBe('Ablehnen');
        expect(lookup(germanMessages, 'herzensorte.action.hold')).toBe('Zurückstellen');
        expect(lookup(germanMessages, 'herzensorte.action.reopen')).toBe('Wieder öffnen');
        expect(lookup(germanMessages, 'herzensorte.action.undo')).toBe('Rückgängig');
    });

    it.each([
        ['herzensorte.status', ENTRY_STATUSES],
        ['herzensorte.reason', REASON_CODES],
        ['herzensorte.action', MODERATION_ACTIONS],
        ['herzensorte.event', EVENT_ACTIONS],
        ['herzensorte.moderation.decided', MODERATION_ACTIONS],
        ['herzensorte.channel', CHANNELS],
        ['herzensorte.flag', FLAG_CODES],
        ['herzensorte.theme', THEME_KEYS],
    ])('labels every code of %s in both languages', (prefix, codes) => {
        for (const code of codes) {
            expect(typeof lookup(germanMessages, `${prefix}.${code}`)).toBe('string');
            expect(typeof lookup(englishMessages, `${prefix}.${code}`)).toBe('string');
        }
    });

    it('names every district count column', () => {
        for (const key of ['total', ...ENTRY_STATUSES]) {
            expect(lookup(germanMessages, `resources.districts.fields.counts.${key}`)).toEqual(expect.any(String));
        }
    });
});

describe('messageKeys helpers', () => {
    it('flattens nested messages into dotted keys', () => {
        expect(flattenKeys({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })).toEqual(['a.b', 'a.c.d', 'e']);
    });

    it('finds placeholders and plural forms', () => {
        expect(placeholders('%{b} of %{a} and %{b}')).toEqual(['a', 'b']);
        expect(pluralForms('one |||| many')).toBe(2);
        expect(pluralForms('plain')).toBe(1);
    });

    it('looks up dotted paths', () => {
        expect(lookup({ a: { b: 'x' } }, 'a.b')).toBe('x');
        expect(lookup({ a: { b: 'x' } }, 'a.c.d')).toBeUndefined();
    });
});
