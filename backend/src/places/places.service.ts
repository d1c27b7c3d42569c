import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { contentRange, escapeLike, filterTypes, ListSpec, parseListQuery, toSql, UUID } from '../common/list-query';
import { matchPlace, PlaceCandidate, placeSearchCells } from './place-match';

export interface PlaceRecord {
  id: string;
  name: string;
  lon: number;
  lat: number;
  districtId: string | null;
  entryCount: number;
}

export const PLACE_LIST: ListSpec = {
  resource: 'places',
  sort: { name: 'p.name', entryCount: 'p.entry_count', districtId: 'p.district_id', id: 'p.id' },
  defaultSort: ['entryCount', 'DESC'],
  tieBreaker: 'p.id',
  filters: {
    id: { parse: filterTypes.ids('uuid'), where: (v, bind) => `p.id = ANY(${bind(v)}::uuid[])` },
    districtId: { parse: filterTypes.ids('slug'), where: (v, bind) => `p.district_id = ANY(${bind(v)}::text[])` },
    q: { parse: filterTypes.text(), where: (v, bind) => `p.name ILIKE ${bind(`%${escapeLike(v)}%`)}` },
  },
};

const COLUMNS = `p.id, p.name, p.lon, p.lat, p.district_id AS "districtId", p.entry_count AS "entryCount"`;

type Db = DataSource | EntityManager;

/**
 * Places: entries about the same spot (a similar name within 100 m, the same name within 400 m) grouped, with a count of hearts.
 * Submissions and edits join or found a place in their transaction; bulk loads are grouped
 * afterwards; moderators merge and split by hand.
 */
@Injectable()
export class PlacesService {
  private readonly logger = new Logger(PlacesService.name);

  constructor(private readonly db: DataSource) {}

  /** Puts an entry into the place it belongs to (a new one if none fits) and updates the places' figures. */
  async assign(tx: EntityManager, entry: { id: string; placeName: string; lon: number; lat: number; districtId: string; h3r9: string }): Promise<string> {
    const cells = placeSearchCells(entry.h3r9);
    // one writer per neighbourhood at a time, so that two submissions cannot found the same place twice
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 13))`, [`place:${entry.h3r9.slice(0, 10)}`]);
    const [previous] = await tx.query(`SELECT place_id FROM entries WHERE id = $1`, [entry.id]);
    const candidates: PlaceCandidate[] = await tx.query(`SELECT id, name, lon, lat FROM places WHERE h3_r9 = ANY($1::text[])`, [cells]);
    let placeId = matchPlace({ name: entry.placeName, lon: entry.lon, lat: entry.lat }, candidates)?.id;
    if (!placeId) {
      placeId = randomUUID();
      await tx.query(`INSERT INTO places (id, name, lon, lat, district_id, h3_r9) VALUES ($1, $2, $3, $4, $5, $6)`, [
        placeId, entry.placeName, entry.lon, entry.lat, entry.districtId, entry.h3r9,
      ]);
    }
    await tx.query(`UPDATE entries SET place_id = $2 WHERE id = $1`, [entry.id, placeId]);
    await this.refresh(tx, [placeId, previous?.place_id].filter(Boolean));
    return placeId;
  }

  /** Recomputes count and centre of the given places; empty ones are deleted. */
  async refresh(db: Db, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await db.query(
      `UPDATE places p SET entry_count = s.n, lon = s.lon, lat = s.lat, updated_at = now()
         FROM (SELECT place_id, count(*)::int AS n, avg(lon) AS lon, avg(lat) AS lat FROM entries WHERE place_id = ANY($1::uuid[]) GROUP BY 1) s
        WHERE p.id = s.place_id`,
      [ids],
    );
    await db.query(`DELETE FROM places p WHERE p.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.place_id = p.id)`, [ids]);
  }

  /**
   * Groups every entry without a place (after a bulk load or an import), in memory by cell, then writes in
   * batches; count and centre are then recomputed for the places that gained entries.
   */
  async groupUnassigned(): Promise<number> {
    const started = Date.now();
    const byCell = new Map<string, PlaceCandidate[]>();
    const add = (cell: string, p: PlaceCandidate) => byCell.set(cell, [...(byCell.get(cell) ?? []), p]);
    for (const p of await this.db.query(`SELECT id, name, lon, lat, h3_r9 FROM places`)) add(p.h3_r9, p);
    let after = '00000000-0000-0000-0000-000000000000';
    let grouped = 0;
    const touched = new Set<string>();
    for (;;) {
      const rows: { id: string; place_name: string; lon: number; lat: number; district_id: string; h3_r9: string }[] = await this.db.query(
        `SELECT id, place_name, lon, lat, district_id, h3_r9 FROM entries WHERE place_id IS NULL AND id > $1 ORDER BY id LIMIT 10000`,
        [after],
      );
      if (!rows.length) break;
      const created: (PlaceCandidate & { districtId: string; cell: string })[] = [];
      const assignments: Record<string, string> = {};
      for (const r of rows) {
        const candidates = placeSearchCells(r.h3_r9).flatMap((c) => byCell.get(c) ?? []);
        let place = matchPlace({ name: r.place_name, lon: r.lon, lat: r.lat }, candidates);
        if (!place) {
          place = { id: randomUUID(), name: r.place_name, lon: r.lon, lat: r.lat };
          created.push({ ...place, districtId: r.district_id, cell: r.h3_r9 });
          add(r.h3_r9, place);
        }
        assignments[r.id] = place.id;
        touched.add(place.id);
      }
      await this.db.transaction(async (tx) => {
        if (created.length) {
          await tx.query(
            `INSERT INTO places (id, name, lon, lat, district_id, h3_r9)
             SELECT * FROM unnest($1::uuid[], $2::text[], $3::float8[], $4::float8[], $5::text[], $6::text[])`,
            [created.map((p) => p.id), created.map((p) => p.name), created.map((p) => p.lon), created.map((p) => p.lat), created.map((p) => p.districtId), created.map((p) => p.cell)],
          );
        }
        await tx.query(`UPDATE entries e SET place_id = v.place_id FROM unnest($1::uuid[], $2::uuid[]) AS v(id, place_id) WHERE e.id = v.id`, [
          Object.keys(assignments),
          Object.values(assignments),
        ]);
      });
      grouped += rows.length;
      after = rows[rows.length - 1].id;
    }
    if (grouped) {
      // only the places that gained entries: after a small import, not an aggregate over every entry
      await this.refresh(this.db, [...touched]);
      this.logger.log(`Grouped ${grouped} entries into places in ${Date.now() - started} ms`);
    }
    return grouped;
  }

  async list(query: Record<string, unknown>): Promise<{ rows: PlaceRecord[]; contentRange: string }> {
    const q = parseListQuery(query, PLACE_LIST);
    const sql = toSql(PLACE_LIST, q);
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(`SELECT ${COLUMNS} FROM places p WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT ${q.limit} OFFSET ${q.offset}`, sql.params),
      this.db.query(`SELECT count(*)::int AS total FROM places p WHERE ${sql.where}`, sql.params),
    ]);
    return { rows, contentRange: contentRange('places', q.offset, rows.length, total) };
  }

  async getOne(id: string, db: Db = this.db): Promise<PlaceRecord> {
    const [row] = UUID.test(id) ? await db.query(`SELECT ${COLUMNS} FROM places p WHERE p.id = $1`, [id]) : [];
    if (!row) throw new NotFoundException(`Place "${id}" not found`);
    return row;
  }

  async rename(id: string, name: string): Promise<PlaceRecord> {
    await this.getOne(id);
    await this.db.query(`UPDATE places SET name = $2, updated_at = now() WHERE id = $1`, [id, name]);
    return this.getOne(id);
  }

  /** Moves all entries of `placeIds` into place `id`; the emptied places disappear. */
  async merge(id: string, placeIds: string[]): Promise<PlaceRecord> {
    const others = placeIds.filter((p) => p !== id);
    return this.db.transaction(async (tx) => {
      const found: { id: string }[] = await tx.query(`SELECT id FROM places WHERE id = ANY($1::uuid[]) FOR UPDATE`, [[id, ...others].filter((p) => UUID.test(p))]);
      const missing = [id, ...others].filter((p) => !found.some((f) => f.id === p));
      if (missing.length) throw new NotFoundException({ message: `Places not found: ${missing.join(', ')}`, errors: [{ field: 'placeIds', message: `not found: ${missing.join(', ')}` }] });
      await tx.query(`UPDATE entries SET place_id = $1 WHERE place_id = ANY($2::uuid[])`, [id, others]);
      await this.refresh(tx, [id, ...others]);
      return this.getOne(id, tx);
    });
  }

  /** Takes `entryIds` out of place `id` into a new place named after the first of them. */
  async split(id: string, entryIds: string[]): Promise<PlaceRecord> {
    return this.db.transaction(async (tx) => {
      await this.getOne(id, tx);
      const entries: { id: string; place_name: string; lon: number; lat: number; district_id: string; h3_r9: string }[] = await tx.query(
        `SELECT id, place_name, lon, lat, district_id, h3_r9 FROM entries WHERE place_id = $1 AND id = ANY($2::uuid[]) ORDER BY submitted_at FOR UPDATE`,
        [id, entryIds.filter((e) => UUID.test(e))],
      );
      if (entries.length !== entryIds.length) {
        throw new BadRequestException({ message: 'entryIds must name entries of this place', errors: [{ field: 'entryIds', message: 'must name entries of this place' }] });
      }
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM entries WHERE place_id = $1`, [id]);
      if (n === entries.length) throw new BadRequestException({ message: 'entryIds must leave at least one entry in the place', errors: [{ field: 'entryIds', message: 'must leave at least one entry' }] });
      const first = entries[0];
      const newId = randomUUID();
      await tx.query(`INSERT INTO places (id, name, lon, lat, district_id, h3_r9) VALUES ($1, $2, $3, $4, $5, $6)`, [newId, first.place_name, first.lon, first.lat, first.district_id, first.h3_r9]);
      await tx.query(`UPDATE entries SET place_id = $1 WHERE id = ANY($2::uuid[])`, [newId, entries.map((e) => e.id)]);
      await this.refresh(tx, [id, newId]);
      return this.getOne(newId, tx);
    });
  }
}
