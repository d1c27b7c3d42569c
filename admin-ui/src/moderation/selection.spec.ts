import { normaliseSpan, previewRedaction, redactReasonError } from './selection';

describe('redaction selection', () => {
    it('orders and clamps the selected span', () => {
        expect(normaliseSpan(5, 2, 10)).toEqual({ start: 2, end: 5 });
        expect(normaliseSpan(-3, 4, 10)).toEqual({ start: 0, end: 4 });
        expect(normaliseSpan(8, 20, 10)).toEqual({ start: 8, end: 10 });
    });

    it('refuses an empty selection', () => {
        expect(normaliseSpan(4, 4, 10)).toBeNull();
        expect(normaliseSpan(12, 15, 10)).toBeNull();
        expect(normaliseSpan(Number.NaN, 3, 10)).toBeNull();
    });

    it('previews the story with the span replaced', () => {
        expect(previewRedaction('Ruft 0231 123456 an', 5, 16)).toBe('Ruft [entfernt] an');
    });

    it('requires a reason of at most 500 characters', () => {
        expect(redactReasonError('  ')).toBe('required');
        expect(redactReasonError('Telefonnummer')).toBeNull();
        expect(redactReasonError('x'.repeat(501))).toBe('too_long');
    });
});
