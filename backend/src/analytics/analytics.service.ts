import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { binder, entryScope } from '../auth/scope';
import { parseListQuery, toSql } from '../common/list-query';
import { ENTRY_LIST } from '../entries/entries.service';
import type { PublicUser } from '../users/user.entity';

export const HEAT_RESOLUTIONS = [7, 8, 9] as const;

export interface Overview {
  counts: { pending: number; approved: number; rejected: number; on_hold: number; total: number; flaggedOpen: number };
  districts: { id: string; name: string; nr: number; count: number; per10k: number | null; perKm2: number | null }[];
  themes: { id: string; count: number }[];
  weekly: { week: string; count: number }[];
}

/**
 * Aggregates for maps and dashboards, computed in SQL over the stored H3 cells, districts and themes.
 * They take the entry list's `filter` and the caller's scope, so a district viewer's heat map is
 * their approved entries only.
 */
@Injectable()
export class AnalyticsService {
  constructor(private readonly db: DataSource) {}

  private where(query: Record<string, unknown>, user: PublicUser) {
    const q = parseListQuery({ filter: query.filter }, ENTRY_LIST);
    const { params, bind } = binder();
    return toSql(ENTRY_LIST, q, params, entryScope(user, bind), { userId: user.id });
  }

  async heat(query: Record<string, unknown>, user: PublicUser): Promise<{ res: number; cells: { h3: string; count: number }[] }> {
    const res = query.res === undefined ? 8 : Number(query.res);
    if (!HEAT_RESOLUTIONS.includes(res as 7)) throw new BadRequestException(`res must be one of ${HEAT_RESOLUTIONS.join(', ')}`);
    const sql = this.where(query, user);
    const cells = await this.db.query(
      `SELECT e.h3_r${res} AS h3, count(*)::int AS count FROM entries e WHERE ${sql.where} GROUP BY 1 ORDER BY 2 DESC, 1`,
      sql.params,
    );
    return { res, cells };
  }

  async overview(query: Record<string, unknown>, user: PublicUser): Promise<Overview> {
    const sql = this.where(query, user);
    const [[counts], districts, themes, weekly] = await Promise.all([
      this.db.query(
        `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'approved')::int AS approved,
                count(*) FILTER (WHERE status = 'rejected')::int AS rejected, count(*) FILTER (WHERE status = 'on_hold')::int AS on_hold,
                count(*)::int AS total,
                count(*) FILTER (WHERE status IN ('pending', 'on_hold') AND jsonb_array_length(flags) > 0)::int AS "flaggedOpen"
           FROM entries e WHERE ${sql.where}`,
        sql.params,
      ),
      this.db.query(
        `SELECT d.id, d.name, d.nr, coalesce(c.n, 0)::int AS count,
                CASE WHEN d.population > 0 THEN round(coalesce(c.n, 0) * 10000.0 / d.population, 2)::float END AS per10k,
                CASE WHEN d.area_km2 > 0 THEN round((coalesce(c.n, 0) / d.area_km2)::numeric, 2)::float END AS "perKm2"
           FROM districts d
           LEFT JOIN (SELECT e.district_id, count(*) AS n FROM entries e WHERE ${sql.where} GROUP BY 1) c ON c.district_id = d.id
          ${user.role === 'district_viewer' ? `WHERE d.id = ANY($${sql.params.length + 1}::text[])` : ''}
          ORDER BY d.nr`,
        user.role === 'district_viewer' ? [...sql.params, user.districtIds] : sql.params,
      ),
      this.db.query(`SELECT t AS id, count(*)::int AS count FROM entries e, unnest(e.themes) t WHERE ${sql.where} GROUP BY 1 ORDER BY 2 DESC, 1`, sql.params),
      this.db.query(
        `SELECT to_char(date_trunc('week', e.submitted_at AT TIME ZONE 'Europe/Berlin'), 'YYYY-MM-DD') AS week, count(*)::int AS count
           FROM entries e WHERE ${sql.where} GROUP BY 1 ORDER BY 1`,
        sql.params,
      ),
    ]);
    return { counts, districts, themes, weekly };
  }
}
