import { describeChanges, valueText } from './eventChanges';

describe('audit event changes', () => {
    it('lists edited fields as from → to', () => {
        expect(describeChanges('edit', { placeName: { from: 'Westfalenpark', to: 'Westfalenpark Dortmund' }, address: { from: null, to: 'An der Buschmühle 3' } })).toEqual([
            { kind: 'field', field: 'placeName', from: 'Westfalenpark', to: 'Westfalenpark Dortmund' },
            { kind: 'field', field: 'address', from: '', to: 'An der Buschmühle 3' },
        ]);
        expect(describeChanges('edit', { lon: { from: 7.4, to: 7.5 } })).toEqual([{ kind: 'field', field: 'lon', from: '7.4', to: '7.5' }]);
    });

    it('describes a redaction by its span', () => {
        expect(describeChanges('redact', { story: { start: 10, end: 25, removedLength: 15 } })).toEqual([
            { kind: 'redact', start: 10, end: 25, removedLength: 15 },
        ]);
        expect(describeChanges('redact', { story: { start: 2, end: 5 } })).toEqual([{ kind: 'redact', start: 2, end: 5, removedLength: 3 }]);
    });

    it('ignores missing or malformed changes', () => {
        expect(describeChanges('approve', null)).toEqual([]);
        expect(describeChanges('edit', [1, 2])).toEqual([]);
        expect(describeChanges('edit', { story: 'x' })).toEqual([]);
    });

    it('shortens long values', () => {
        expect(valueText('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
        expect(valueText(undefined)).toBe('');
    });
});
