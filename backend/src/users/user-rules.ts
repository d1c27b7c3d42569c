import type { Role } from './user.entity';

export interface UserState {
  id: string;
  email: string;
  role: Role;
  districtIds: string[];
  disabled: boolean;
}

export type RuleProblem = { status: 400 | 422; field: string; message: string };

/** Pure: district viewers need districts, everybody else has none. */
export function districtProblem(role: Role, districtIds: string[], known: string[]): RuleProblem | null {
  if (role === 'district_viewer' && districtIds.length === 0) {
    return { status: 400, field: 'districtIds', message: 'districtIds must name at least one district for a district viewer' };
  }
  if (role !== 'district_viewer' && districtIds.length > 0) {
    return { status: 400, field: 'districtIds', message: `districtIds must be empty for the role ${role}` };
  }
  const unknown = districtIds.filter((d) => !known.includes(d));
  if (unknown.length) return { status: 400, field: 'districtIds', message: `unknown district ids: ${unknown.join(', ')}` };
  return null;
}

/**
 * Pure: may `actor` change `before` into `after`? Nobody locks themselves out, and one enabled admin
 * always remains (`otherEnabledAdmins` counts the enabled admins besides `before`).
 */
export function updateProblem(actorId: string, before: UserState, after: UserState, otherEnabledAdmins: number): RuleProblem | null {
  const self = actorId === before.id;
  if (self && after.disabled) return { status: 422, field: 'disabled', message: 'You cannot disable your own account' };
  if (self && after.role !== before.role) return { status: 422, field: 'role', message: 'You cannot change your own role' };
  const stopsBeingAdmin = before.role === 'admin' && !before.disabled && (after.role !== 'admin' || after.disabled);
  if (stopsBeingAdmin && otherEnabledAdmins === 0) {
    return { status: 422, field: after.disabled ? 'disabled' : 'role', message: 'The last enabled admin cannot be disabled or given another role' };
  }
  return null;
}

/**
 * Pure: what a change does to the user's tokens. A changed role, districts, email or password ends
 * every access token at once (token version); disabling or a new password also ends the login
 * sessions, so no refresh brings them back.
 */
export function sessionEffect(before: UserState, after: UserState, passwordChanged: boolean): { bumpTokenVersion: boolean; endSessions: boolean } {
  const sameDistricts = before.districtIds.length === after.districtIds.length && before.districtIds.every((d) => after.districtIds.includes(d));
  const endSessions = (after.disabled && !before.disabled) || passwordChanged;
  const bumpTokenVersion = endSessions || before.role !== after.role || !sameDistricts || before.email !== after.email || before.disabled !== after.disabled;
  return { bumpTokenVersion, endSessions };
}

/** Pure: the names of the changed fields, for the security log (never values of the password). */
export function changedFields(before: UserState, after: UserState, passwordChanged: boolean): string[] {
  const fields: string[] = [];
  if (before.email !== after.email) fields.push('email');
  if (before.role !== after.role) fields.push('role');
  if ([...before.districtIds].sort().join() !== [...after.districtIds].sort().join()) fields.push('districtIds');
  if (before.disabled !== after.disabled) fields.push('disabled');
  if (passwordChanged) fields.push('password');
  return fields;
}
