import { charCount, ENTRY_LIMITS, entryValidators, firstError, requiredValue } from './entryValidation';

const check = (field: keyof typeof entryValidators, value: unknown) => firstError(entryValidators[field], value);

describe('entry validation', () => {
    it('mirrors the API limits', () => {
        expect(ENTRY_LIMITS).toEqual({ placeName: 120, story: 2000, address: 200, firstName: 40 });
    });

    it('requires a place name of at most 120 characters', () => {
        expect(check('placeName', '')).toEqual('ra.validation.required');
        expect(check('placeName', '   ')).toEqual('ra.validation.required');
        expect(check('placeName', 'x'.repeat(120))).toBeUndefined();
        expect(check('placeName', 'x'.repeat(121))).toEqual({ message: 'ra.validation.maxLength', args: { max: 120 } });
    });

    it('requires a story of 1 to 2000 characters', () => {
        expect(check('story', null)).toEqual('ra.validation.required');
        expect(check('story', 'a')).toBeUndefined();
        expect(check('story', 'a'.repeat(2000))).toBeUndefined();
        expect(check('story', 'a'.repeat(2001))).toEqual({ message: 'ra.validation.maxLength', args: { max: 2000 } });
    });

    it('accepts an empty address or first name and limits their length', () => {
        expect(check('address', null)).toBeUndefined();
        expect(check('address', 'a'.repeat(201))).toEqual({ message: 'ra.validation.maxLength', args: { max: 200 } });
        expect(check('firstName', '')).toBeUndefined();
        expect(check('firstName', 'a'.repeat(40))).toBeUndefined();
        expect(check('firstName', 'a'.repeat(41))).toEqual({ message: 'ra.validation.maxLength', args: { max: 40 } });
    });

    it('counts an emoji as one character', () => {
        expect(charCount('❤️')).toBe(2); // heart + variation selector
        expect(charCount('😀')).toBe(1);
        expect(check('firstName', '😀'.repeat(40))).toBeUndefined();
    });

    it('requires numeric coordinates in range', () => {
        expect(check('lon', 7.46)).toBeUndefined();
        expect(check('lon', null)).toEqual('ra.validation.required');
        expect(check('lon', Number.NaN)).toEqual('ra.validation.number');
        expect(check('lon', 'abc')).toEqual('ra.validation.number');
        expect(check('lat', 91)).toEqual({ message: 'ra.validation.maxValue', args: { max: 90 } });
        expect(check('lat', -91)).toEqual({ message: 'ra.validation.minValue', args: { min: -90 } });
    });

    it('marks required validators for the asterisk', () => {
        expect(requiredValue.isRequired).toBe(true);
    });
});
