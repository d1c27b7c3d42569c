import { Inject, Injectable, Logger, NotFoundException, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { binder, districtScope } from '../auth/scope';
import type { PublicUser } from '../users/user.entity';
import { contentRange, escapeLike, filterTypes, ListSpec, parseListQuery, toSql } from '../common/list-query';
import { readDistrictsFile, DistrictRecord } from './districts-file';
import { AreaIndex } from './geo';

export const DISTRICT_LIST: ListSpec = {
  resource: 'districts',
  sort: { nr: 'd.nr', name: 'd.name', population: 'd.population', areaKm2: 'd.area_km2', id: 'd.id', total: 'total' },
  defaultSort: ['nr', 'ASC'],
  tieBreaker: 'd.id',
  filters: {
    id: { parse: filterTypes.ids('slug'), where: (v, bind) => `d.id = ANY(${bind(v)}::text[])` },
    q: { parse: filterTypes.text(), where: (v, bind) => `d.name ILIKE ${bind(`%${escapeLike(v)}%`)}` },
  },
};

export interface DistrictRow {
  id: string;
  nr: number;
  name: string;
  areaKm2: number;
  population: number | null;
  counts: { pending: number; approved: number; rejected: number; on_hold: number; total: number };
}

const SELECT = `
  SELECT d.id, d.nr, d.name, d.area_km2, d.population,
         coalesce(c.pending, 0) AS pending, coalesce(c.approved, 0) AS approved,
         coalesce(c.rejected, 0) AS rejected, coalesce(c.on_hold, 0) AS on_hold, coalesce(c.total, 0) AS total
    FROM districts d
    LEFT JOIN (
      SELECT district_id,
             count(*) FILTER (WHERE status = 'pending')::int  AS pending,
             count(*) FILTER (WHERE status = 'approved')::int AS approved,
             count(*) FILTER (WHERE status = 'rejected')::int AS rejected,
             count(*) FILTER (WHERE status = 'on_hold')::int  AS on_hold,
             count(*)::int AS total
        FROM entries GROUP BY district_id
    ) c ON c.district_id = d.id`;

function mapRow(r: any): DistrictRow {
  return {
    id: r.id,
    nr: r.nr,
    name: r.name,
    areaKm2: r.area_km2,
    population: r.population,
    counts: { pending: r.pending, approved: r.approved, rejected: r.rejected, on_hold: r.on_hold, total: r.total },
  };
}

@Injectable()
export class DistrictsService implements OnModuleInit {
  private readonly logger = new Logger(DistrictsService.name);
  private index = new AreaIndex<{ id: string; name: string }>([]);
  private publicCollection = '';

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Loads the boundaries at start (idempotent upsert); a missing or broken file stops the start. */
  async onModuleInit(): Promise<void> {
    const districts = readDistrictsFile(this.config.districtsGeojson);
    await this.upsert(districts);
    this.useDistricts(districts);
    this.logger.log(`Loaded ${districts.length} districts from ${this.config.districtsGeojson}`);
  }

  private async upsert(districts: DistrictRecord[]): Promise<void> {
    await this.db.query(
      `INSERT INTO districts (id, nr, name, area_km2, population, geometry)
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS x(id text, nr int, name text, area_km2 double precision, population int, geometry jsonb)
       ON CONFLICT (id) DO UPDATE SET nr = EXCLUDED.nr, name = EXCLUDED.name, area_km2 = EXCLUDED.area_km2,
         population = EXCLUDED.population, geometry = EXCLUDED.geometry`,
      [JSON.stringify(districts.map((d) => ({ id: d.id, nr: d.nr, name: d.name, area_km2: d.areaKm2, population: d.population, geometry: d.geometry })))],
    );
  }

  private useDistricts(districts: DistrictRecord[]): void {
    this.index = new AreaIndex(districts.map((d) => ({ item: { id: d.id, name: d.name }, geometry: d.geometry })));
    this.publicCollection = JSON.stringify({
      type: 'FeatureCollection',
      features: [...districts]
        .sort((a, b) => a.nr - b.nr)
        .map((d) => ({ type: 'Feature', id: d.id, properties: { id: d.id, name: d.name, nr: d.nr }, geometry: d.geometry })),
    });
  }

  /** The district containing the point, or null outside the city. */
  locate(lon: number, lat: number): string | null {
    return this.index.find(lon, lat)?.id ?? null;
  }

  /** For a point outside the city: the district whose boundary is nearest, within `maxM`, or null. */
  nearest(lon: number, lat: number, maxM: number): { id: string; name: string; distanceM: number } | null {
    const found = this.index.nearest(lon, lat, maxM);
    return found && { ...found.item, distanceM: found.distanceM };
  }

  publicGeoJson(): string {
    return this.publicCollection;
  }

  async list(query: Record<string, unknown>, user: PublicUser): Promise<{ rows: DistrictRow[]; contentRange: string }> {
    const q = parseListQuery(query, DISTRICT_LIST);
    const { params, bind } = binder();
    const sql = toSql(DISTRICT_LIST, q, params, districtScope(user, bind));
    const rows = await this.db.query(
      `SELECT * FROM (${SELECT}) d WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT ${q.limit} OFFSET ${q.offset}`,
      sql.params,
    );
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM districts d WHERE ${sql.where}`, sql.params);
    return { rows: rows.map(mapRow), contentRange: contentRange('districts', q.offset, rows.length, total) };
  }

  /** One district the user may read; a district viewer's other districts do not exist for them (404). */
  async getOne(id: string, user: PublicUser): Promise<DistrictRow> {
    const { params, bind } = binder();
    const conditions = [`d.id = ${bind(id)}`, ...districtScope(user, bind)];
    const [row] = await this.db.query(`SELECT * FROM (${SELECT}) d WHERE ${conditions.join(' AND ')}`, params);
    if (!row) throw new NotFoundException(`District "${id}" not found`);
    return mapRow(row);
  }
}
