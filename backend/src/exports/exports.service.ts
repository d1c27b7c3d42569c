import { BadRequestException, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { pipeline, Transform } from 'node:stream';
import { escapeLiteral, type PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { binder, districtScope, entryScope } from '../auth/scope';
import { parseListQuery, toSql } from '../common/list-query';
import { ENTRY_LIST } from '../entries/entries.service';
import { pgTextArray } from '../seed/copy-format';
import { SecurityLog } from '../security/security-log.service';
import type { PublicUser } from '../users/user.entity';
import { csvField, CsvDialect, dialectOf, neutralise, neutralisedSql } from './csv';
import { crlf, featureCollection } from './streams';

/** A bound parameter as an SQL literal: COPY takes no parameters. Only values the list parser produced get here. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return escapeLiteral(pgTextArray(value.map(String)));
  if (value instanceof Date) return escapeLiteral(value.toISOString());
  if (typeof value === 'string') return escapeLiteral(value);
  throw new Error(`cannot inline ${typeof value}`);
}

/** Replaces $n placeholders by literals in one pass (inserted text is never scanned again). */
export function inlineParams(sql: string, params: unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => sqlLiteral(params[Number(n) - 1]));
}

/** The `delimiter` query parameter → the CSV dialect; anything else is a 400. */
function requestedDialect(query: Record<string, unknown>): CsvDialect {
  try {
    return dialectOf(query.delimiter);
  } catch (e) {
    throw new BadRequestException((e as Error).message);
  }
}

const TIME = (expr: string) => `to_char(${expr} AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD HH24:MI:SS')`;

/**
 * Exports streamed by PostgreSQL's COPY (no entity objects, flat memory), with the entry list's
 * filters and the caller's scope, never contact data. Each export is logged: who, filters, rows.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly db: DataSource,
    private readonly log: SecurityLog,
  ) {}

  private where(query: Record<string, unknown>, user: PublicUser): string {
    const q = parseListQuery({ filter: query.filter }, ENTRY_LIST);
    const { params, bind } = binder();
    const sql = toSql(ENTRY_LIST, q, params, entryScope(user, bind), { userId: user.id });
    return inlineParams(sql.where, sql.params);
  }

  entriesCsvSql(query: Record<string, unknown>, user: PublicUser, dialect: CsvDialect): string {
    const n = (col: string) => neutralisedSql(col);
    const num = (col: string) => (dialect.decimalComma ? `replace(${col}::text, '.', ',')` : `${col}::text`);
    const select = `
      SELECT e.id, ${n('e.place_name')} AS "placeName", ${n('e.story')} AS story, ${n("coalesce(e.address, '')")} AS address,
             ${num('e.lon')} AS lon, ${num('e.lat')} AS lat, e.district_id AS "districtId", d.name AS "districtName", e.status,
             array_to_string(e.themes, ', ') AS themes, e.place_id AS "placeId", e.channel, ${n("coalesce(e.first_name, '')")} AS "firstName",
             (SELECT string_agg(f->>'code', ', ') FROM jsonb_array_elements(e.flags) f) AS flags,
             ${TIME('e.submitted_at')} AS "submittedAt", ${TIME('e.updated_at')} AS "updatedAt"
        FROM entries e JOIN districts d ON d.id = e.district_id
       WHERE ${this.where(query, user)}
       ORDER BY e.submitted_at, e.id`;
    return `COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER true, DELIMITER ${escapeLiteral(dialect.delimiter)})`;
  }

  entriesGeoJsonSql(query: Record<string, unknown>, user: PublicUser): string {
    const select = `
      SELECT json_build_object('type', 'Feature', 'id', e.id,
               'geometry', json_build_object('type', 'Point', 'coordinates', json_build_array(e.lon, e.lat)),
               'properties', json_build_object('id', e.id, 'placeName', e.place_name, 'story', e.story, 'address', e.address,
                 'districtId', e.district_id, 'status', e.status, 'themes', e.themes, 'placeId', e.place_id, 'channel', e.channel,
                 'firstName', e.first_name, 'flags', (SELECT coalesce(json_agg(f->>'code'), '[]') FROM jsonb_array_elements(e.flags) f),
                 'submittedAt', e.submitted_at, 'updatedAt', e.updated_at))::text
        FROM entries e
       WHERE ${this.where(query, user)}
       ORDER BY e.submitted_at, e.id`;
    // CSV mode with quote and delimiter characters that JSON never contains raw: each line is the JSON as is.
    return `COPY (${select}) TO STDOUT WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')`;
  }

  async entriesCsv(query: Record<string, unknown>, user: PublicUser, res: Response): Promise<void> {
    const dialect = requestedDialect(query);
    const sql = this.entriesCsvSql(query, user, dialect);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="herzensorte-eintraege.csv"');
    await this.stream(sql, '\uFEFF', crlf(), res, user, 'entries.csv', query);
  }

  async entriesGeoJson(query: Record<string, unknown>, user: PublicUser, res: Response): Promise<void> {
    const sql = this.entriesGeoJsonSql(query, user);
    res.setHeader('Content-Type', 'application/geo+json; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="herzensorte-eintraege.geojson"');
    await this.stream(sql, '', featureCollection(), res, user, 'entries.geojson', query);
  }

  /** District figures (small: built in Node), scoped like the district list. */
  async districts(user: PublicUser) {
    const { params, bind } = binder();
    const scope = districtScope(user, bind);
    return this.db.query(
      `SELECT d.id, d.nr, d.name, d.population, d.area_km2 AS "areaKm2", d.geometry,
              count(e.*) FILTER (WHERE e.status = 'pending')::int AS pending, count(e.*) FILTER (WHERE e.status = 'approved')::int AS approved,
              count(e.*) FILTER (WHERE e.status = 'rejected')::int AS rejected, count(e.*) FILTER (WHERE e.status = 'on_hold')::int AS on_hold,
              count(e.*)::int AS total
         FROM districts d LEFT JOIN entries e ON e.district_id = d.id
        WHERE ${scope.length ? scope.join(' AND ') : 'TRUE'}
        GROUP BY d.id ORDER BY d.nr`,
      params,
    ) as Promise<DistrictExportRow[]>;
  }

  async districtsCsv(query: Record<string, unknown>, user: PublicUser, res: Response): Promise<void> {
    const dialect = requestedDialect(query);
    const rows = await this.districts(user);
    const body = '\uFEFF' + districtsCsv(rows, dialect);
    await this.log.record('export', { userId: user.id, email: user.email, detail: { export: 'districts.csv', rows: rows.length } });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="herzensorte-stadtbezirke.csv"');
    res.send(body);
  }

  async districtsGeoJson(user: PublicUser, res: Response): Promise<void> {
    const rows = await this.districts(user);
    await this.log.record('export', { userId: user.id, email: user.email, detail: { export: 'districts.geojson', rows: rows.length } });
    res.setHeader('Content-Type', 'application/geo+json; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="herzensorte-stadtbezirke.geojson"');
    res.send(JSON.stringify(districtsGeoJson(rows)));
  }

  private async stream(sql: string, prefix: string, transform: Transform, res: Response, user: PublicUser, name: string, query: Record<string, unknown>): Promise<void> {
    const client: PoolClient = await (this.db.driver as any).master.connect();
    const copy = client.query(copyTo(sql));
    if (prefix) res.write(prefix);
    await new Promise<void>((resolve) => {
      pipeline(copy, transform, res, (error) => {
        client.release(error ?? undefined);
        void this.log.record('export', {
          userId: user.id,
          email: user.email,
          detail: { export: name, filter: typeof query.filter === 'string' ? query.filter : null, rows: copy.rowCount ?? null, completed: !error },
        });
        resolve();
      });
    });
  }
}

export interface DistrictExportRow {
  id: string;
  nr: number;
  name: string;
  population: number | null;
  areaKm2: number;
  geometry: unknown;
  pending: number;
  approved: number;
  rejected: number;
  on_hold: number;
  total: number;
}

function figures(r: DistrictExportRow) {
  return {
    per10k: r.population ? Math.round((r.approved * 10000 * 100) / r.population) / 100 : null,
    perKm2: r.areaKm2 > 0 ? Math.round((r.approved * 100) / r.areaKm2) / 100 : null,
  };
}

/** Pure: the district table for a choropleth, German Excel by default. */
export function districtsCsv(rows: DistrictExportRow[], dialect: CsvDialect): string {
  const num = (x: number | null) => (x === null ? '' : dialect.decimalComma ? String(x).replace('.', ',') : String(x));
  const header = ['id', 'nr', 'name', 'population', 'areaKm2', 'pending', 'approved', 'rejected', 'on_hold', 'total', 'approvedPer10k', 'approvedPerKm2'];
  const lines = rows.map((r) => {
    const f = figures(r);
    return [r.id, String(r.nr), neutralise(r.name), num(r.population), num(r.areaKm2), ...[r.pending, r.approved, r.rejected, r.on_hold, r.total].map(String), num(f.per10k), num(f.perKm2)]
      .map((v) => csvField(v, dialect.delimiter))
      .join(dialect.delimiter);
  });
  return [header.join(dialect.delimiter), ...lines].map((l) => `${l}\r\n`).join('');
}

/** Pure: the districts as RFC 7946 polygons with their figures. */
export function districtsGeoJson(rows: DistrictExportRow[]) {
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.id,
      geometry: r.geometry,
      properties: { id: r.id, nr: r.nr, name: r.name, population: r.population, areaKm2: r.areaKm2, pending: r.pending, approved: r.approved, rejected: r.rejected, on_hold: r.on_hold, total: r.total, approvedPer10k: figures(r).per10k, approvedPerKm2: figures(r).perKm2 },
    })),
  };
}
