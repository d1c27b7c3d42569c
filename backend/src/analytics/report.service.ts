import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RefreshingValue } from '../common/refreshing-value';
import type { PublicUser } from '../users/user.entity';
import { buildReport, CityFigures, DistrictReport, ReportInput } from './report-figures';
import { contentWords } from './themes/normalise';

/** City-wide figures are shared by all reports and recomputed at most this often. */
const CITY_TTL_MS = 5 * 60_000;
/** A district's own figures are renewed at most this often (a report may lag a decision by this much). */
export const DISTRICT_TTL_MS = 30_000;

type Query = (sql: string, params?: unknown[]) => Promise<any[]>;
export type DistrictParts = Omit<ReportInput, 'district'>;

/**
 * The district's own figures: five queries in parallel, each an index-only scan of the approved entries
 * of the district (ix_entries_district_approved) or a walk of ix_entries_report_quotes. Exported so
 * that the benchmark measures exactly this SQL as its physical limit.
 */
export async function districtParts(query: Query, id: string): Promise<DistrictParts> {
  const [counts, themes, topPlaces, weekly, quotes] = await Promise.all([
    query(`SELECT status, count(*)::int AS n FROM entries WHERE district_id = $1 GROUP BY 1`, [id]),
    query(`SELECT t AS id, count(*)::int AS n FROM entries e, unnest(e.themes) t WHERE e.district_id = $1 AND e.status = 'approved' GROUP BY 1`, [id]),
    query(
      `SELECT p.id, p.name, s.count, p.lon, p.lat
         FROM (SELECT place_id, count(*)::int AS count FROM entries
                WHERE district_id = $1 AND status = 'approved' AND place_id IS NOT NULL GROUP BY 1) s
         JOIN places p ON p.id = s.place_id
        ORDER BY 3 DESC, 2 LIMIT 10`,
      [id],
    ),
    // grouped by the week's timestamp, formatted afterwards: a hash of ~30 keys instead of sorting every row's text
    query(
      `SELECT to_char(week, 'YYYY-MM-DD') AS week, count
         FROM (SELECT date_trunc('week', submitted_at AT TIME ZONE 'Europe/Berlin') AS week, count(*)::int AS count
                 FROM entries WHERE district_id = $1 AND status = 'approved' GROUP BY 1) w
        ORDER BY w.week`,
      [id],
    ),
    // a few approved, unflagged stories of a readable length, the same ones on every print
    query(
      `SELECT id, place_name AS "placeName", story, first_name AS "firstName" FROM entries
        WHERE district_id = $1 AND status = 'approved' AND jsonb_array_length(flags) = 0 AND char_length(story) BETWEEN 60 AND 320
        ORDER BY md5(id::text) LIMIT 4`,
      [id],
    ),
  ]);
  return {
    counts: Object.fromEntries(counts.map((r: { status: string; n: number }) => [r.status, r.n])),
    themes: Object.fromEntries(themes.map((r: { id: string; n: number }) => [r.id, r.n])),
    topPlaces,
    weekly,
    quotes,
  };
}

/**
 * The district report. District figures come from SQL (districtParts) and are kept for 30 seconds; what
 * compares the district with the city (theme shares, distinctive words) uses city-wide counts kept for five
 * minutes. Both are renewed in the background while the older figures are served (RefreshingValue), so
 * only the first report of a district after a start waits for its queries.
 */
@Injectable()
export class ReportService {
  private readonly logger = new Logger(ReportService.name);
  /** At a million entries they take seconds: older ones are served while newer ones are computed. */
  private readonly districts = new Map<string, RefreshingValue<DistrictParts>>();
  private readonly city = new RefreshingValue(
    () => this.computeCity(),
    CITY_TTL_MS,
    (e) => this.logger.error(`City-wide report figures failed: ${(e as Error)?.message ?? e}`),
  );

  constructor(private readonly db: DataSource) {}

  async report(id: string, user: PublicUser): Promise<DistrictReport> {
    const outOfScope = user.role === 'district_viewer' && !user.districtIds.includes(id);
    const [district] = outOfScope ? [] : await this.db.query(`SELECT id, name, nr, population, area_km2 FROM districts WHERE id = $1`, [id]);
    if (!district) throw new NotFoundException(`District "${id}" not found`);
    const [parts, city] = await Promise.all([this.partsOf(id), this.city.get()]);
    const input: ReportInput = {
      district: { id: district.id, name: district.name, nr: district.nr, population: district.population, areaKm2: district.area_km2 },
      ...parts,
    };
    return buildReport(input, city, user.role === 'district_viewer');
  }

  private partsOf(id: string): Promise<DistrictParts> {
    let parts = this.districts.get(id);
    if (!parts) {
      parts = new RefreshingValue(
        () => districtParts((sql, params) => this.db.query(sql, params), id),
        DISTRICT_TTL_MS,
        (e) => this.logger.error(`Report figures of ${id} failed: ${(e as Error)?.message ?? e}`),
      );
      this.districts.set(id, parts);
    }
    return parts.get();
  }

  /** Forgets the districts' own figures, so the next report of each waits for its queries (the benchmark's cold case). */
  forgetDistrictFigures(): void {
    this.districts.clear();
  }

  private async computeCity(): Promise<CityFigures> {
    const started = Date.now();
    const [labels, approved, themes] = await Promise.all([
      this.db.query(`SELECT id, label FROM themes ORDER BY position, id`),
      this.db.query(`SELECT district_id AS id, count(*)::int AS n FROM entries WHERE status = 'approved' GROUP BY 1`),
      this.db.query(`SELECT district_id AS id, t AS theme, count(*)::int AS n FROM entries e, unnest(e.themes) t WHERE e.status = 'approved' GROUP BY 1, 2`),
    ]);
    const terms: Record<string, Record<string, number>> = {};
    // Word counts per district, read in batches so that the event loop stays responsive.
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; district_id: string; story: string }[] = await this.db.query(
        `SELECT id, district_id, story FROM entries WHERE status = 'approved' AND id > $1 ORDER BY id LIMIT 20000`,
        [after],
      );
      if (!rows.length) break;
      for (const r of rows) {
        const counts = (terms[r.district_id] ??= {});
        for (const word of new Set(contentWords(r.story))) counts[word] = (counts[word] ?? 0) + 1;
      }
      after = rows[rows.length - 1].id;
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.logger.log(`City-wide report figures computed in ${Date.now() - started} ms`);
    const byDistrict: CityFigures['themes'] = {};
    for (const r of themes) (byDistrict[r.id] ??= {})[r.theme] = r.n;
    return {
      labels: Object.fromEntries(labels.map((l: { id: string; label: string }) => [l.id, l.label])),
      approved: Object.fromEntries(approved.map((r: { id: string; n: number }) => [r.id, r.n])),
      themes: byDistrict,
      terms,
    };
  }
}
