import { accessFilename, accessJson, looksLikeEmail, normalizeEmail, toAccessAnswer, toErasureAnswer } from './privacyRequest';

describe('privacy requests', () => {
    it('checks and trims the address', () => {
        expect(normalizeEmail('  Anna@Example.org ')).toBe('Anna@Example.org');
        expect(looksLikeEmail(' anna@example.org ')).toBe(true);
        expect(looksLikeEmail('anna@example')).toBe(false);
        expect(looksLikeEmail('anna example.org')).toBe(false);
        expect(looksLikeEmail('')).toBe(false);
    });

    it('names the download after address and date, file-safe', () => {
        expect(accessFilename('Anna.Muster@example.org', '2026-05-04T10:00:00.000Z')).toBe('auskunft-anna.muster_example.org-2026-05-04.json');
        expect(accessFilename('a/../b@x.de', 'kaputt')).toBe('auskunft-a_.._b_x.de-datum.json');
    });

    it('reads the answers defensively', () => {
        expect(toAccessAnswer({ email: 'a@b.de', generatedAt: '2026-01-01T00:00:00Z', contacts: [{ entryId: '1' }], entries: null }, 'x')).toEqual({
            email: 'a@b.de',
            generatedAt: '2026-01-01T00:00:00Z',
            contacts: [{ entryId: '1' }],
            entries: [],
        });
        expect(toAccessAnswer(null, ' a@b.de ').email).toBe('a@b.de');
        expect(toErasureAnswer({ contactsDeleted: 1, entriesChanged: 1 })).toEqual({ contactsDeleted: 1, entriesChanged: 1 });
        expect(toErasureAnswer({})).toEqual({ contactsDeleted: 0, entriesChanged: 0 });
    });

    it('downloads readable JSON', () => {
        const json = accessJson({ email: 'a@b.de', generatedAt: 'now', contacts: [], entries: [] });
        expect(JSON.parse(json)).toEqual({ email: 'a@b.de', generatedAt: 'now', contacts: [], entries: [] });
        expect(json).toContain('\n  "email"');
    });
});
