import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { themeText, ThemesService } from '../analytics/themes.service';
import { DistrictsService } from '../districts/districts.service';
import type { Flag } from '../entries/entry.entity';
import { cellsOf, EntryCells } from '../entries/entry-location';
import { CONSENT_VERSION } from '../entries/submitter-contact.entity';
import { bulkTriage, duplicateSearchCells, Neighbour } from '../moderation/triage.service';
import { PlacesService } from '../places/places.service';
import type { PublicUser } from '../users/user.entity';
import type { ImportRow, ParsedImport, RefusedRow } from './import-rows';

export const IMPORT_CHANNELS = ['import', 'event'] as const;
export type ImportChannel = (typeof IMPORT_CHANNELS)[number];

/** A point outside the city but at most this far from its boundary is imported with the `outside_city` flag. */
export const OUTSIDE_CITY_TOLERANCE_M = 5000;
/** Progress is reported at most every this many rows (and once at the end). */
export const PROGRESS_EVERY = 250;
/** Rows classified per round trip for the duplicate check's neighbours, and written per INSERT. */
const CHUNK = 250;
const WRITE_CHUNK = 1000;
/**
 * Nearby earlier entries compared per H3 res-8 cell at most (newest first): with the ring of 7 cells
 * that is up to 350 per row, more than the 200 a single submission's triage compares.
 */
const CANDIDATES_PER_CELL = 50;

export interface ImportOptions {
  channel?: ImportChannel;
  actor?: PublicUser | null;
  /** Called with rows processed so far and the file's total: at most every 250 rows, and once at the end. */
  onProgress?: (processed: number, total: number) => void;
  /** Rows already refused by validation (import-rows.ts); they count in `total` and appear in `refused`. */
  refused?: RefusedRow[];
  /** Rows in the file; defaults to valid + refused rows. */
  total?: number;
}

export interface ImportResult {
  total: number;
  accepted: number;
  unchanged: number;
  refused: RefusedRow[];
  ids: string[];
}

/** The write transaction failed after the rows were classified: nothing of the file was stored. */
export class ImportWriteError extends Error {
  constructor(cause: unknown) {
    super('Writing the import failed, so nothing of the file was stored; please try again');
    this.name = 'ImportWriteError';
    this.cause = cause;
  }
}

interface Prepared {
  row: ImportRow;
  id: string;
  districtId: string;
  cells: EntryCells;
  flags: Flag[];
  themes: string[];
}

const km = (m: number) => (m / 1000).toFixed(1);

/**
 * Imports transcribed entries (festival cards, other sources): the path of a submission (district, H3 cells,
 * triage, themes, status pending, contact only with consent), with the bulk loader's in-memory duplicate
 * check within the file and place grouping afterwards. Idempotent by externalId; all accepted rows are written
 * in one transaction. Like submissions and bulk loads, an import writes no moderation events.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    private readonly db: DataSource,
    private readonly districts: DistrictsService,
    private readonly themes: ThemesService,
    private readonly places: PlacesService,
  ) {}

  /** A parsed file (import-rows.ts) → imported; its refused rows are reported with the others. */
  importParsed(parsed: ParsedImport, options: Omit<ImportOptions, 'refused' | 'total'> = {}): Promise<ImportResult> {
    return this.importRows(parsed.rows, { ...options, refused: parsed.refused, total: parsed.total });
  }

  async importRows(rows: ImportRow[], options: ImportOptions = {}): Promise<ImportResult> {
    const channel = options.channel ?? 'import';
    const refused: RefusedRow[] = [...(options.refused ?? [])];
    const total = options.total ?? rows.length + refused.length;
    let processed = refused.length;
    let reported = 0;
    let reportedEnd = false;
    const progress = (final = false) => {
      if (!options.onProgress || reportedEnd) return;
      if (final || processed - reported >= PROGRESS_EVERY) {
        reported = final ? total : processed;
        reportedEnd = reported === total;
        options.onProgress(reported, total);
      }
    };
    progress();

    // idempotent: rows whose externalId is already stored are left alone
    const existing = await this.existingExternalIds(rows.map((r) => r.externalId));
    const fresh = rows.filter((r) => !existing.has(r.externalId));
    let unchanged = rows.length - fresh.length;
    processed += unchanged;
    progress();

    const classify = await this.themes.classifier();
    const recent = new Map<string, Neighbour[]>();
    const prepared: Prepared[] = [];
    for (let start = 0; start < fresh.length; start += CHUNK) {
      const chunk = fresh.slice(start, start + CHUNK);
      const located = chunk.map((row) => this.locate(row));
      const stored = await this.storedNeighbours(located.flatMap((l) => ('refusal' in l ? [] : duplicateSearchCells(l.cells.h3r8))));
      chunk.forEach((row, i) => {
        const place = located[i];
        processed++;
        if ('refusal' in place) {
          refused.push({ row: row.row, externalId: row.externalId, errors: [place.refusal] });
        } else {
          const id = randomUUID();
          const flags: Flag[] = [...bulkTriage(recent, { ...row, id }, place.cells.h3r8, stored), ...(place.flag ? [place.flag] : [])];
          prepared.push({ row, id, districtId: place.districtId, cells: place.cells, flags, themes: classify(themeText(row)) });
        }
        progress();
      });
    }
    progress(true);

    let inserted: string[];
    try {
      inserted = await this.write(prepared, channel);
    } catch (e) {
      this.logger.error(`Import of ${prepared.length} rows failed, nothing stored: ${(e as Error)?.message ?? e}`);
      throw new ImportWriteError(e);
    }
    // a row written by a concurrent import of the same file in the meantime counts as unchanged
    unchanged += prepared.length - inserted.length;
    if (inserted.length) {
      try {
        await this.places.groupUnassigned();
      } catch (e) {
        this.logger.warn(`Grouping imported entries into places failed (they stay without a place for now): ${(e as Error)?.message ?? e}`);
      }
    }
    refused.sort((a, b) => a.row - b.row);
    this.logger.log(`Import (${channel}): ${total} rows, ${inserted.length} accepted, ${unchanged} unchanged, ${refused.length} refused`);
    return { total, accepted: inserted.length, unchanged, refused, ids: inserted };
  }

  private async existingExternalIds(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { external_id: string }[] = await this.db.query(`SELECT external_id FROM entries WHERE external_id = ANY($1::text[])`, [ids]);
    return new Set(rows.map((r) => r.external_id));
  }

  /** District and cells; outside the city within 5 km: the nearest district and the `outside_city` flag. */
  private locate(row: ImportRow): { districtId: string; cells: EntryCells; flag?: Flag } | { refusal: string } {
    const inside = this.districts.locate(row.lon, row.lat);
    if (inside) return { districtId: inside, cells: cellsOf(row.lon, row.lat) };
    const nearest = this.districts.nearest(row.lon, row.lat, OUTSIDE_CITY_TOLERANCE_M);
    if (!nearest) {
      return { refusal: `lon/lat: this place is not in Dortmund (more than ${OUTSIDE_CITY_TOLERANCE_M / 1000} km from the city boundary, the most an import accepts)` };
    }
    return {
      districtId: nearest.id,
      cells: cellsOf(row.lon, row.lat),
      flag: { code: 'outside_city', detail: `Außerhalb von Dortmund: ${km(nearest.distanceM)} km von der Stadtgrenze, dem nächsten Stadtbezirk ${nearest.name} zugeordnet` },
    };
  }

  /** The newest stored entries per H3 res-8 cell, for the duplicate check against what is already there. */
  private async storedNeighbours(cells: string[]): Promise<Map<string, Neighbour[]>> {
    const byCell = new Map<string, Neighbour[]>();
    const unique = [...new Set(cells)];
    if (!unique.length) return byCell;
    // newest first per cell, from ix_entries_h3_r8_submitted: a short backward index scan for each cell
    const rows: (Neighbour & { h3_r8: string })[] = await this.db.query(
      `SELECT c.cell AS h3_r8, x.id, x.story, x.lon, x.lat
         FROM unnest($1::text[]) AS c(cell)
         CROSS JOIN LATERAL (
           SELECT id, story, lon, lat FROM entries WHERE h3_r8 = c.cell ORDER BY submitted_at DESC LIMIT ${CANDIDATES_PER_CELL}
         ) x`,
      [unique],
    );
    for (const r of rows) byCell.set(r.h3_r8, [...(byCell.get(r.h3_r8) ?? []), { id: r.id, story: r.story, lon: r.lon, lat: r.lat }]);
    return byCell;
  }

  /** All accepted rows and their contacts in one transaction; returns the ids actually inserted. */
  private async write(prepared: Prepared[], channel: ImportChannel): Promise<string[]> {
    if (!prepared.length) return [];
    return this.db.transaction(async (tx) => {
      const inserted: string[] = [];
      for (let start = 0; start < prepared.length; start += WRITE_CHUNK) {
        const chunk = prepared.slice(start, start + WRITE_CHUNK);
        const rows: { id: string }[] = await tx.query(
          `INSERT INTO entries (id, external_id, place_name, story, address, lon, lat, district_id, h3_r7, h3_r8, h3_r9,
                                status, flags, themes, channel, first_name, submitted_at, updated_at)
           SELECT x.id, x.external_id, x.place_name, x.story, x.address, x.lon, x.lat, x.district_id, x.h3_r7, x.h3_r8, x.h3_r9,
                  'pending', x.flags, x.themes, $2, x.first_name, coalesce(x.submitted_at, now()), now()
             FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, external_id text, place_name text, story text, address text,
                  lon double precision, lat double precision, district_id text, h3_r7 text, h3_r8 text, h3_r9 text,
                  flags jsonb, themes text[], first_name text, submitted_at timestamptz, ord int)
            ORDER BY x.ord
           ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO NOTHING
           RETURNING id`,
          [
            JSON.stringify(
              chunk.map((p, ord) => ({
                id: p.id,
                external_id: p.row.externalId,
                place_name: p.row.placeName,
                story: p.row.story,
                address: p.row.address ?? null,
                lon: p.row.lon,
                lat: p.row.lat,
                district_id: p.districtId,
                h3_r7: p.cells.h3r7,
                h3_r8: p.cells.h3r8,
                h3_r9: p.cells.h3r9,
                flags: p.flags,
                themes: p.themes,
                first_name: p.row.firstName ?? null,
                submitted_at: p.row.submittedAt ?? null,
                ord,
              })),
            ),
            channel,
          ],
        );
        const ids = new Set(rows.map((r) => r.id));
        const contacts = chunk.filter((p) => ids.has(p.id) && p.row.email && p.row.consent === true);
        if (contacts.length) {
          await tx.query(
            `INSERT INTO submitter_contacts (entry_id, email, consent, consent_version)
             SELECT x.entry_id, x.email, true, $2::text FROM jsonb_to_recordset($1::jsonb) AS x(entry_id uuid, email text)`,
            [JSON.stringify(contacts.map((p) => ({ entry_id: p.id, email: p.row.email }))), CONSENT_VERSION],
          );
        }
        // keep the file's order in the answer
        inserted.push(...chunk.filter((p) => ids.has(p.id)).map((p) => p.id));
      }
      return inserted;
    });
  }
}
