// Users form logic: validators and the body sent to the API (shared/API.md,
// users). No react-admin imports, so the spec runs in node.

import { ROLES, type Role } from '../types';

export const PASSWORD_MIN_LENGTH = 12;

export type FormMode = 'create' | 'edit';

export type ValidationError = string | { message: string; args: Record<string, unknown> } | undefined;
export type Validator = ((value: unknown, values?: Record<string, unknown>) => ValidationError) & { isRequired?: boolean };

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** Required on create; on edit empty means "unchanged". At least 12 characters (code points) otherwise. */
export const passwordValidator = (mode: FormMode): Validator =>
    Object.assign(
        (value: unknown): ValidationError => {
            if (isBlank(value)) return mode === 'create' ? 'ra.validation.required' : undefined;
            if (typeof value !== 'string' || Array.from(value).length < PASSWORD_MIN_LENGTH) {
                return { message: 'herzensorte.users.password_too_short', args: { min: PASSWORD_MIN_LENGTH } };
            }
            return undefined;
        },
        { isRequired: mode === 'create' },
    );

/** District viewers need at least one district; for other roles the field is not sent at all. */
export const districtsValidator: Validator = (value, values) =>
    values?.role === 'district_viewer' && (!Array.isArray(value) || value.length === 0)
        ? 'herzensorte.users.districts_required'
        : undefined;

export const needsDistricts = (role: unknown): boolean => role === 'district_viewer';

export const roleChoices = ROLES.map((id) => ({ id, name: `herzensorte.role.${id}` }));

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export interface UserPayload {
    email: string;
    role: string;
    districtIds: string[];
    password?: string;
    disabled?: boolean;
}

/**
 * The body for POST (create) or PUT (edit): districts only for district
 * viewers (empty otherwise, as the API requires), the password only when one
 * was typed on edit, `disabled` only on edit; read-only fields left out.
 */
export const toUserPayload = (data: Record<string, unknown>, mode: FormMode): UserPayload => {
    const role = typeof data.role === 'string' ? data.role : '';
    const districtIds =
        needsDistricts(role) && Array.isArray(data.districtIds)
            ? data.districtIds.filter((d): d is string => typeof d === 'string')
            : [];
    const payload: UserPayload = {
        email: typeof data.email === 'string' ? data.email.trim() : '',
        role,
        districtIds,
    };
    const password = typeof data.password === 'string' ? data.password : '';
    if (mode === 'create' || password !== '') payload.password = password;
    if (mode === 'edit') payload.disabled = data.disabled === true;
    return payload;
};
