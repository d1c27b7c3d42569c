import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { themeText, ThemesService } from '../analytics/themes.service';
import { binder, entryScope } from '../auth/scope';
import { PlacesService } from '../places/places.service';
import { DataSource, EntityManager } from 'typeorm';
import { contentRange, dateBound, escapeLike, filterTypes, ListSpec, parseListQuery, toSql, UUID } from '../common/list-query';
import { DistrictsService } from '../districts/districts.service';
import { appendEvent, changedFields } from '../moderation/audit';
import { TriageService } from '../moderation/triage.service';
import type { PublicUser } from '../users/user.entity';
import { ENTRY_CHANNELS, ENTRY_STATUSES, EntryChannel, EntryStatus, Flag } from './entry.entity';
import { cellsOf, OUTSIDE_CITY_MESSAGE } from './entry-location';
import { CreatePublicEntryDto } from './dto/create-public-entry.dto';
import { CONSENT_VERSION } from './submitter-contact.entity';
import { UpdateEntryDto } from './dto/update-entry.dto';

/** The entry record of API.md; contact data is never part of it. */
export interface EntryRecord {
  id: string;
  placeName: string;
  story: string;
  address: string | null;
  lon: number;
  lat: number;
  districtId: string;
  status: EntryStatus;
  flags: Flag[];
  themes: string[];
  placeId: string | null;
  channel: EntryChannel;
  firstName: string | null;
  submittedAt: string;
  updatedAt: string;
  version: number;
  /** Who has the entry open in the moderation view (email), and until when; null when free. */
  claimedBy: string | null;
  claimedUntil: string | null;
}

const SEARCH_TEXT = `(e.place_name || ' ' || e.story || ' ' || coalesce(e.address, ''))`;

export const ENTRY_LIST: ListSpec = {
  resource: 'entries',
  sort: {
    submittedAt: 'e.submitted_at',
    updatedAt: 'e.updated_at',
    placeName: 'e.place_name',
    status: 'e.status',
    districtId: 'e.district_id',
    channel: 'e.channel',
    id: 'e.id',
    /** The moderation queue: flagged first, then oldest. */
    queue: '(jsonb_array_length(e.flags) > 0) DESC, e.submitted_at',
  },
  defaultSort: ['submittedAt', 'DESC'],
  tieBreaker: 'e.id',
  filters: {
    id: { parse: filterTypes.ids('uuid'), where: (v, bind) => `e.id = ANY(${bind(v)}::uuid[])` },
    status: { parse: filterTypes.oneOf(ENTRY_STATUSES), where: (v, bind) => `e.status = ANY(${bind(v)}::text[])` },
    districtId: { parse: filterTypes.ids('slug'), where: (v, bind) => `e.district_id = ANY(${bind(v)}::text[])` },
    q: { parse: filterTypes.text(), where: (v, bind) => `${SEARCH_TEXT} ILIKE ${bind(`%${escapeLike(v)}%`)}` },
    flagged: { parse: filterTypes.boolean(), where: (v) => `jsonb_array_length(e.flags) ${v ? '>' : '='} 0` },
    theme: { parse: filterTypes.ids('slug'), where: (v, bind) => `e.themes && ${bind(v)}::text[]` },
    channel: { parse: filterTypes.oneOf(ENTRY_CHANNELS), where: (v, bind) => `e.channel = ANY(${bind(v)}::text[])` },
    submittedFrom: { parse: filterTypes.date(), where: dateBound('e.submitted_at', 'from') },
    submittedTo: { parse: filterTypes.date(), where: dateBound('e.submitted_at', 'to') },
    claimable: {
      parse: filterTypes.boolean(),
      where: (v, bind, ctx) => {
        const free = `(e.claimed_by IS NULL OR e.claimed_until <= now() OR e.claimed_by = ${bind(ctx.userId ?? null)}::uuid)`;
        return v ? free : `NOT ${free}`;
      },
    },
  },
};

export const ENTRY_COLUMNS = `e.id, e.place_name, e.story, e.address, e.lon, e.lat, e.district_id, e.status, e.flags, e.themes,
  e.place_id, e.channel, e.first_name, e.submitted_at, e.updated_at, e.version,
  CASE WHEN e.claimed_until > now() THEN (SELECT u.email FROM users u WHERE u.id = e.claimed_by) END AS claimed_by_email,
  CASE WHEN e.claimed_until > now() THEN e.claimed_until END AS claimed_until`;

export function mapEntryRow(r: any): EntryRecord {
  return {
    id: r.id,
    placeName: r.place_name,
    story: r.story,
    address: r.address,
    lon: r.lon,
    lat: r.lat,
    districtId: r.district_id,
    status: r.status,
    flags: r.flags,
    themes: r.themes,
    placeId: r.place_id,
    channel: r.channel,
    firstName: r.first_name,
    submittedAt: new Date(r.submitted_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    version: r.version,
    claimedBy: r.claimed_by_email ?? null,
    claimedUntil: r.claimed_until ? new Date(r.claimed_until).toISOString() : null,
  };
}

/** Who has an entry open in the moderation view is the moderators' business, not a district viewer's. */
function forReader(entry: EntryRecord, user: PublicUser): EntryRecord {
  return user.role === 'district_viewer' ? { ...entry, claimedBy: null, claimedUntil: null } : entry;
}

const AUDITED_FIELDS: (keyof EntryRecord)[] = ['placeName', 'story', 'address', 'firstName', 'lon', 'lat', 'districtId', 'flags'];


@Injectable()
export class EntriesService {
  constructor(
    private readonly db: DataSource,
    private readonly districts: DistrictsService,
    private readonly triage: TriageService,
    private readonly themes: ThemesService,
    private readonly places: PlacesService,
  ) {}

  /** District and cells for a pin; a pin outside the city is refused. */
  locate(lon: number, lat: number) {
    const districtId = this.districts.locate(lon, lat);
    if (!districtId) {
      throw new UnprocessableEntityException({ message: OUTSIDE_CITY_MESSAGE, errors: [{ field: 'lon', message: OUTSIDE_CITY_MESSAGE }] });
    }
    return { districtId, ...cellsOf(lon, lat) };
  }

  /** Entry and contact row in one transaction: either both are stored or neither. */
  async submit(dto: CreatePublicEntryDto, channel: EntryChannel = 'web'): Promise<{ id: string; status: 'pending'; districtId: string }> {
    const place = this.locate(dto.lon, dto.lat);
    return this.db.transaction(async (tx) => {
      // The same submission sent again (a retry after a lost answer, a double click, a replaying bot) is stored once.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 11))`, [`${place.h3r8}|${dto.placeName}|${dto.story}`]);
      const [same] = await tx.query(
        `SELECT id, status, district_id FROM entries
          WHERE h3_r8 = $1 AND lon = $2 AND lat = $3 AND place_name = $4 AND story = $5 AND channel = $6
            AND submitted_at > now() - interval '1 day'
          LIMIT 1`,
        [place.h3r8, dto.lon, dto.lat, dto.placeName, dto.story, channel],
      );
      if (same) return { id: same.id, status: 'pending' as const, districtId: same.district_id };
      const id = randomUUID();
      const flags = await this.triage.flagsFor(dto, tx);
      const themes = await this.themes.classify(themeText(dto));
      await tx.query(
        `INSERT INTO entries (id, place_name, story, address, lon, lat, district_id, h3_r7, h3_r8, h3_r9, channel, first_name, flags, themes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [id, dto.placeName, dto.story, dto.address ?? null, dto.lon, dto.lat, place.districtId, place.h3r7, place.h3r8, place.h3r9, channel, dto.firstName ?? null, JSON.stringify(flags), themes],
      );
      if (dto.email) {
        await tx.query(`INSERT INTO submitter_contacts (entry_id, email, consent, consent_version) VALUES ($1, $2, true, $3)`, [
          id,
          dto.email,
          CONSENT_VERSION,
        ]);
      }
      await this.places.assign(tx, { id, placeName: dto.placeName, lon: dto.lon, lat: dto.lat, districtId: place.districtId, h3r9: place.h3r9 });
      return { id, status: 'pending' as const, districtId: place.districtId };
    });
  }

  async list(query: Record<string, unknown>, user: PublicUser): Promise<{ rows: EntryRecord[]; contentRange: string }> {
    const q = parseListQuery(query, ENTRY_LIST);
    const { params, bind } = binder();
    const sql = toSql(ENTRY_LIST, q, params, entryScope(user, bind), { userId: user.id });
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(`SELECT ${ENTRY_COLUMNS} FROM entries e WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT ${q.limit} OFFSET ${q.offset}`, sql.params),
      this.db.query(`SELECT count(*)::int AS total FROM entries e WHERE ${sql.where}`, sql.params),
    ]);
    return { rows: rows.map((r: unknown) => forReader(mapEntryRow(r), user)), contentRange: contentRange('entries', q.offset, rows.length, total) };
  }

  /** One entry the user may read; outside their scope it does not exist for them (404). */
  async getOne(id: string, user?: PublicUser): Promise<EntryRecord> {
    const { params, bind } = binder();
    const conditions = [`e.id = ${bind(id)}`, ...(user ? entryScope(user, bind) : [])];
    const [row] = UUID.test(id) ? await this.db.query(`SELECT ${ENTRY_COLUMNS} FROM entries e WHERE ${conditions.join(' AND ')}`, params) : [];
    if (!row) throw new NotFoundException(`Entry "${id}" not found`);
    return user ? forReader(mapEntryRow(row), user) : mapEntryRow(row);
  }

  /**
   * Applies the editable fields if `version` is still current; moving the pin re-derives district and cells.
   * The change and its audit event (before/after of the changed fields) commit together.
   */
  async update(id: string, dto: UpdateEntryDto, actor: PublicUser): Promise<EntryRecord> {
    return this.db.transaction(async (tx) => {
      const before = await this.lockCurrent(tx, id);
      if (before.version !== dto.version) throw this.stale(id, dto.version);
      const place = before.lon === dto.lon && before.lat === dto.lat ? null : this.locate(dto.lon, dto.lat);
      const flags = await this.triage.flagsFor({ ...dto, id }, tx);
      const themes = await this.themes.classify(themeText(dto));
      const [rows] = await tx.query(
        `UPDATE entries e SET place_name = $2, story = $3, address = $4, first_name = $5, lon = $6, lat = $7,
                district_id = coalesce($8, district_id), h3_r7 = coalesce($9, h3_r7), h3_r8 = coalesce($10, h3_r8), h3_r9 = coalesce($11, h3_r9),
                flags = $12, themes = $13, updated_at = now(), version = version + 1
          WHERE e.id = $1
          RETURNING ${ENTRY_COLUMNS}`,
        [id, dto.placeName, dto.story, dto.address ?? null, dto.firstName ?? null, dto.lon, dto.lat,
          place?.districtId ?? null, place?.h3r7 ?? null, place?.h3r8 ?? null, place?.h3r9 ?? null, JSON.stringify(flags), themes],
      );
      let after = mapEntryRow(rows[0]);
      if (after.placeName !== before.placeName || after.lon !== before.lon || after.lat !== before.lat) {
        // another name or spot may be another place
        const [{ h3_r9 }] = await tx.query(`SELECT h3_r9 FROM entries WHERE id = $1`, [id]);
        after = { ...after, placeId: await this.places.assign(tx, { id, placeName: after.placeName, lon: after.lon, lat: after.lat, districtId: after.districtId, h3r9: h3_r9 }) };
      }
      const changes = changedFields(before, after, AUDITED_FIELDS);
      if (Object.keys(changes).length) {
        await appendEvent(tx, { entryId: id, actorId: actor.id, action: 'edit', fromStatus: before.status, toStatus: after.status, changes });
      }
      return after;
    });
  }

  async remove(id: string, actor: PublicUser): Promise<EntryRecord> {
    return this.db.transaction(async (tx) => {
      const current = await this.lockCurrent(tx, id);
      await tx.query(`DELETE FROM entries WHERE id = $1`, [id]);
      if (current.placeId) await this.places.refresh(tx, [current.placeId]);
      await appendEvent(tx, { entryId: id, actorId: actor.id, action: 'delete', fromStatus: current.status });
      return current;
    });
  }

  private async lockCurrent(tx: EntityManager, id: string): Promise<EntryRecord> {
    const [row] = UUID.test(id) ? await tx.query(`SELECT ${ENTRY_COLUMNS} FROM entries e WHERE e.id = $1 FOR UPDATE`, [id]) : [];
    if (!row) throw new NotFoundException(`Entry "${id}" not found`);
    return mapEntryRow(row);
  }

  private stale(id: string, version: number): Error {
    return new ConflictException(`Entry "${id}" was changed by someone else (your version ${version} is stale); reload it and try again`);
  }

  /** Approved entries as GeoJSON, built in SQL; no contact data, no address, no moderation data. */
  async publicGeoJson(): Promise<string> {
    const [row] = await this.db.query(`
      SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
               'type', 'Feature', 'id', e.id,
               'geometry', json_build_object('type', 'Point', 'coordinates', json_build_array(e.lon, e.lat)),
               'properties', json_build_object('id', e.id, 'placeName', e.place_name, 'story', e.story,
                 'firstName', e.first_name, 'districtId', e.district_id, 'themes', e.themes)
             ) ORDER BY e.submitted_at DESC), '[]'::json))::text AS body
        FROM entries e WHERE e.status = 'approved'`);
    return row.body;
  }
}
