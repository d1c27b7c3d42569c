import type { Bind } from '../common/list-query';
import type { PublicUser } from '../users/user.entity';

/**
 * What a user may read, as SQL conditions (bound parameters only). Admins and moderators read
 * everything; a district viewer reads approved entries and the figures of their own districts.
 * Every read of entries or districts goes through these, so scoping holds for lists, single
 * records and whatever is built on them.
 */
export function entryScope(user: PublicUser, bind: Bind, alias = 'e'): string[] {
  if (user.role !== 'district_viewer') return [];
  return [`${alias}.status = 'approved'`, `${alias}.district_id = ANY(${bind(user.districtIds)}::text[])`];
}

export function districtScope(user: PublicUser, bind: Bind, alias = 'd'): string[] {
  if (user.role !== 'district_viewer') return [];
  return [`${alias}.id = ANY(${bind(user.districtIds)}::text[])`];
}

/** A bind function over a fresh parameter list, for building scoped statements. */
export function binder(): { params: unknown[]; bind: Bind } {
  const params: unknown[] = [];
  return { params, bind: (value) => (params.push(value), `$${params.length}`) };
}
