import { claimHolder } from './claims';

describe('claimHolder', () => {
    it('finds who holds the entry in the conflict message', () => {
        expect(claimHolder('kollegin@stadtdo.de is reviewing this entry until 2025-06-10T12:05:00.000Z')).toBe('kollegin@stadtdo.de');
        expect(claimHolder('Wird bearbeitet von max.muster@dortmund.de.')).toBe('max.muster@dortmund.de');
        expect(claimHolder('"a.b@example.org" holds it')).toBe('a.b@example.org');
    });

    it('returns null when no address is named', () => {
        expect(claimHolder('Someone else is reviewing this entry')).toBeNull();
        expect(claimHolder(undefined)).toBeNull();
    });
});
