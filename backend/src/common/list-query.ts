import { BadRequestException } from '@nestjs/common';

/**
 * The ra-data-simple-rest list protocol, written once: `sort=["field","ASC"]`, `range=[0,24]`,
 * `filter={...}` are parsed against a per-resource allowlist and turned into parameterised SQL.
 * Nothing from the query string reaches SQL except as a bound parameter.
 */

export type Bind = (value: unknown) => string;

/** Who asks: some filters depend on it (e.g. "claimable": not claimed by someone else). */
export interface ListContext {
  userId?: string;
}

export interface FilterDef<T = any> {
  parse: (value: unknown, field: string) => T;
  where: (value: T, bind: Bind, context: ListContext) => string;
}

export interface ListSpec {
  resource: string;
  /** API field name → SQL expression. */
  sort: Record<string, string>;
  defaultSort: [string, 'ASC' | 'DESC'];
  /** SQL expression that makes the order total (e.g. the primary key). */
  tieBreaker: string;
  filters: Record<string, FilterDef>;
  maxPage?: number;
}

export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC' };
  offset: number;
  limit: number;
  filter: Record<string, unknown>;
}

export interface SqlFragment {
  where: string;
  orderBy: string;
  params: unknown[];
}

const bad = (message: string) => new BadRequestException(message);

function parseJsonParam(raw: unknown, name: string, example: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw bad(`${name} must be given once, as JSON like ${example}`);
  try {
    return JSON.parse(raw);
  } catch {
    throw bad(`${name} is not valid JSON; expected something like ${example}`);
  }
}

export function parseListQuery(query: Record<string, unknown>, spec: ListSpec): ListQuery {
  const maxPage = spec.maxPage ?? 1000;

  const sortRaw = parseJsonParam(query.sort, 'sort', '["submittedAt","DESC"]');
  let sort = { field: spec.defaultSort[0], order: spec.defaultSort[1] };
  if (sortRaw !== undefined) {
    if (!Array.isArray(sortRaw) || sortRaw.length !== 2 || typeof sortRaw[0] !== 'string' || typeof sortRaw[1] !== 'string') {
      throw bad('sort must be a JSON array [field, "ASC" | "DESC"]');
    }
    const order = sortRaw[1].toUpperCase();
    if (!Object.prototype.hasOwnProperty.call(spec.sort, sortRaw[0])) {
      throw bad(`cannot sort ${spec.resource} by "${sortRaw[0]}"; allowed: ${Object.keys(spec.sort).join(', ')}`);
    }
    if (order !== 'ASC' && order !== 'DESC') throw bad('sort order must be "ASC" or "DESC"');
    sort = { field: sortRaw[0], order };
  }

  const rangeRaw = parseJsonParam(query.range, 'range', '[0,24]');
  let offset = 0;
  let limit = Math.min(25, maxPage);
  if (rangeRaw !== undefined) {
    if (!Array.isArray(rangeRaw) || rangeRaw.length !== 2 || !rangeRaw.every((n) => Number.isSafeInteger(n) && n >= 0) || rangeRaw[1] < rangeRaw[0]) {
      throw bad('range must be a JSON array [first, last] of whole numbers with 0 ≤ first ≤ last');
    }
    if (rangeRaw[1] - rangeRaw[0] + 1 > maxPage) throw bad(`range may span at most ${maxPage} records`);
    offset = rangeRaw[0];
    limit = rangeRaw[1] - rangeRaw[0] + 1;
  }

  const filterRaw = parseJsonParam(query.filter, 'filter', '{"status":"pending"}') ?? {};
  if (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw)) {
    throw bad('filter must be a JSON object');
  }
  const filter: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(filterRaw)) {
    const def = Object.prototype.hasOwnProperty.call(spec.filters, field) ? spec.filters[field] : undefined;
    if (!def) throw bad(`cannot filter ${spec.resource} by "${field}"; allowed: ${Object.keys(spec.filters).join(', ')}`);
    if (value === undefined || value === null || value === '') continue;
    filter[field] = def.parse(value, field);
  }
  return { sort, offset, limit, filter };
}

/** Builds WHERE and ORDER BY with $n parameters, continuing after `params` already in use. */
export function toSql(spec: ListSpec, q: ListQuery, params: unknown[] = [], extraWhere: string[] = [], context: ListContext = {}): SqlFragment {
  const bind: Bind = (value) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = [...extraWhere];
  for (const [field, value] of Object.entries(q.filter)) conditions.push(`(${spec.filters[field].where(value, bind, context)})`);
  const nulls = q.sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST';
  return {
    where: conditions.length ? conditions.join(' AND ') : 'TRUE',
    orderBy: `${spec.sort[q.sort.field]} ${q.sort.order} ${nulls}, ${spec.tieBreaker} ${q.sort.order}`,
    params,
  };
}

export function contentRange(resource: string, offset: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${offset}-${offset + count - 1}/${total}`;
}

// ---- filter value types ---------------------------------------------------------------------

/** Ids are checked before they reach SQL, so a malformed one is a 404 or is dropped, never a PostgreSQL error. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

export const filterTypes = {
  /** One id or an array of ids (react-admin's getMany). Malformed ids simply match nothing. */
  ids: (shape: 'uuid' | 'slug') => (value: unknown, field: string): string[] => {
    const items = list(value);
    if (items.length > 1000) throw bad(`${field} may list at most 1000 ids`);
    if (!items.every((v) => typeof v === 'string' || typeof v === 'number')) throw bad(`${field} must be an id or a list of ids`);
    const pattern = shape === 'uuid' ? UUID : SLUG;
    return items.map(String).filter((v) => pattern.test(v));
  },
  oneOf: (values: readonly string[]) => (value: unknown, field: string): string[] => {
    const items = list(value);
    if (!items.length || !items.every((v) => typeof v === 'string' && values.includes(v))) {
      throw bad(`${field} must be one of ${values.join(', ')}`);
    }
    return items as string[];
  },
  text: (max = 200) => (value: unknown, field: string): string => {
    if (typeof value !== 'string' && typeof value !== 'number') throw bad(`${field} must be a text`);
    const s = String(value).trim();
    if (s.length > max) throw bad(`${field} may have at most ${max} characters`);
    return s;
  },
  boolean: () => (value: unknown, field: string): boolean => {
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    throw bad(`${field} must be true or false`);
  },
  /** An ISO date (YYYY-MM-DD) or date-time; date-only values are days in Europe/Berlin. */
  date: () => (value: unknown, field: string): { iso: string; dateOnly: boolean } => {
    if (typeof value === 'string') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) {
        return { iso: value, dateOnly: true };
      }
      if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.test(value) && !Number.isNaN(Date.parse(value))) {
        return { iso: new Date(value).toISOString(), dateOnly: false };
      }
    }
    throw bad(`${field} must be an ISO date such as 2026-05-09`);
  },
};

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `column >= day start` / `column < next day start` in Berlin time for date-only values. */
export function dateBound(column: string, side: 'from' | 'to') {
  return (v: { iso: string; dateOnly: boolean }, bind: Bind): string => {
    if (!v.dateOnly) return `${column} ${side === 'from' ? '>=' : '<='} ${bind(v.iso)}::timestamptz`;
    const day = side === 'from' ? `${bind(v.iso)}::date` : `(${bind(v.iso)}::date + 1)`;
    return `${column} ${side === 'from' ? '>=' : '<'} (${day}::timestamp AT TIME ZONE 'Europe/Berlin')`;
  };
}
