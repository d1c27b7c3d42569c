import { failureDetails, summariseBulk } from './bulkResults';

describe('bulk moderation results', () => {
    const results = [
        { id: 'a', ok: true, status: 'approved' as const },
        { id: 'b', ok: false, error: '"approve" is not allowed for an entry that is rejected' },
        { id: 'c', ok: false },
    ];

    it('counts successes and names the failures', () => {
        const names: Record<string, string> = { b: 'Phoenix-See' };
        expect(summariseBulk(results, (id) => names[id])).toEqual({
            ok: 1,
            failed: [
                { id: 'b', name: 'Phoenix-See', error: '"approve" is not allowed for an entry that is rejected' },
                { id: 'c', name: 'c', error: '' },
            ],
        });
        expect(summariseBulk(undefined)).toEqual({ ok: 0, failed: [] });
    });

    it('writes the failures as one line, shortened when there are many', () => {
        const { failed } = summariseBulk(results, () => 'Ort');
        expect(failureDetails(failed)).toBe('Ort: "approve" is not allowed for an entry that is rejected; Ort');
        const many = Array.from({ length: 7 }, (_, i) => ({ id: String(i), name: `E${i}`, error: '' }));
        expect(failureDetails(many, 2)).toBe('E0; E1; … (+5)');
    });
});
