import { districtsValidator, passwordValidator, roleChoices, toUserPayload } from './userForm';

describe('password validation', () => {
    it('is required on create and needs 12 characters', () => {
        const validate = passwordValidator('create');
        expect(validate.isRequired).toBe(true);
        expect(validate('')).toBe('ra.validation.required');
        expect(validate(undefined)).toBe('ra.validation.required');
        expect(validate('elf-Zeichen')).toEqual({ message: 'herzensorte.users.password_too_short', args: { min: 12 } });
        expect(validate('zwölf-Zeichn')).toBeUndefined();
    });

    it('is optional on edit (empty = unchanged)', () => {
        const validate = passwordValidator('edit');
        expect(validate.isRequired).toBe(false);
        expect(validate('')).toBeUndefined();
        expect(validate(null)).toBeUndefined();
        expect(validate('kurz')).toEqual({ message: 'herzensorte.users.password_too_short', args: { min: 12 } });
        expect(validate('lang-genug-123')).toBeUndefined();
    });

    it('counts code points, not UTF-16 units', () => {
        expect(passwordValidator('create')('😀'.repeat(11))).toBeDefined();
        expect(passwordValidator('create')('😀'.repeat(12))).toBeUndefined();
    });
});

describe('district validation', () => {
    it('needs a district for district viewers only', () => {
        expect(districtsValidator([], { role: 'district_viewer' })).toBe('herzensorte.users.districts_required');
        expect(districtsValidator(undefined, { role: 'district_viewer' })).toBe('herzensorte.users.districts_required');
        expect(districtsValidator(['hoerde'], { role: 'district_viewer' })).toBeUndefined();
        expect(districtsValidator([], { role: 'moderator' })).toBeUndefined();
    });
});

describe('user payload', () => {
    it('sends districts only for district viewers', () => {
        expect(toUserPayload({ email: ' a@b.de ', role: 'moderator', districtIds: ['hoerde'], password: 'x'.repeat(12) }, 'create')).toEqual({
            email: 'a@b.de',
            role: 'moderator',
            districtIds: [],
            password: 'x'.repeat(12),
        });
        expect(toUserPayload({ email: 'a@b.de', role: 'district_viewer', districtIds: ['hoerde', 'mengede'] }, 'create')).toMatchObject({
            districtIds: ['hoerde', 'mengede'],
        });
    });

    it('omits an empty password and the read-only fields on edit', () => {
        const record = {
            id: 'u1',
            email: 'a@b.de',
            role: 'admin',
            districtIds: [],
            disabled: true,
            password: '',
            createdAt: '2026-01-01T00:00:00Z',
            updatedAt: '2026-01-01T00:00:00Z',
            lastLoginAt: null,
        };
        expect(toUserPayload(record, 'edit')).toEqual({ email: 'a@b.de', role: 'admin', districtIds: [], disabled: true });
        expect(toUserPayload({ ...record, password: 'neues-passwort' }, 'edit')).toMatchObject({ password: 'neues-passwort' });
        expect(toUserPayload({ ...record, disabled: undefined }, 'edit').disabled).toBe(false);
    });

    it('offers the three roles with translatable labels', () => {
        expect(roleChoices).toEqual([
            { id: 'admin', name: 'herzensorte.role.admin' },
            { id: 'moderator', name: 'herzensorte.role.moderator' },
            { id: 'district_viewer', name: 'herzensorte.role.district_viewer' },
        ]);
    });
});
