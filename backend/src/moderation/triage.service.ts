import { Injectable } from '@nestjs/common';
import { gridDisk } from 'h3-js';
import { DataSource, EntityManager } from 'typeorm';
import { distanceM } from '../districts/geo';
import { cellsOf } from '../entries/entry-location';
import { DUPLICATE_RADIUS_M, duplicateFlag, findDuplicate } from './triage/duplicates';
import { Flag, triageText } from './triage/triage';

export interface TriageSubject {
  id?: string;
  placeName: string;
  story: string;
  address?: string | null;
  firstName?: string | null;
  lon: number;
  lat: number;
}

/** How many nearby earlier entries a duplicate check compares at most (the newest first). */
const MAX_CANDIDATES = 200;

export interface Neighbour {
  id: string;
  story: string;
  lon: number;
  lat: number;
}

/** The H3 res-8 cells to search for duplicates of a pin: its cell and the ring around it cover ≥ 200 m. */
export function duplicateSearchCells(h3r8: string): string[] {
  return gridDisk(h3r8, 1);
}

/** Pure: the text rules plus the duplicate check against the given entries (those farther than 200 m are ignored). */
export function triageWithNeighbours(subject: TriageSubject, neighbours: Neighbour[]): Flag[] {
  const flags = triageText(subject);
  const near = neighbours.filter((c) => distanceM(c.lon, c.lat, subject.lon, subject.lat) <= DUPLICATE_RADIUS_M);
  const match = findDuplicate(subject.story, near);
  return match ? [...flags, duplicateFlag(match)] : flags;
}

/** Entries of a bulk write (seed, import) kept per H3 res-8 cell for its in-memory duplicate check. */
export const RECENT_PER_CELL = 50;

/**
 * Pure: the triage of one entry of a bulk write without a query per row. Its duplicate check compares it with
 * the write's own earlier entries around it (`recent`, by cell), then with `stored` ones (by cell) if given;
 * the entry is then remembered in `recent`, which keeps the newest RECENT_PER_CELL of each cell.
 */
export function bulkTriage(
  recent: Map<string, Neighbour[]>,
  subject: TriageSubject & { id: string },
  h3r8: string,
  stored?: ReadonlyMap<string, Neighbour[]>,
): Flag[] {
  const cells = duplicateSearchCells(h3r8);
  const neighbours = cells.flatMap((c) => recent.get(c) ?? []);
  if (stored) neighbours.push(...cells.flatMap((c) => stored.get(c) ?? []));
  const flags = triageWithNeighbours(subject, neighbours);
  const list = recent.get(h3r8) ?? [];
  list.push({ id: subject.id, story: subject.story, lon: subject.lon, lat: subject.lat });
  if (list.length > RECENT_PER_CELL) list.shift();
  recent.set(h3r8, list);
  return flags;
}

/**
 * Runs the pure triage rules on every submission and edit, plus the duplicate check, which needs the
 * entries within 200 m: found through the stored H3 res-8 cells (the cell and its ring cover ≥ 200 m).
 */
@Injectable()
export class TriageService {
  constructor(private readonly db: DataSource) {}

  async flagsFor(subject: TriageSubject, tx: EntityManager | DataSource = this.db): Promise<Flag[]> {
    const cells = duplicateSearchCells(cellsOf(subject.lon, subject.lat).h3r8);
    const candidates: Neighbour[] = await tx.query(
      // the newest of each cell from ix_entries_h3_r8_submitted, then the newest of those: never a sort of whole cells
      `SELECT x.id, x.story, x.lon, x.lat FROM unnest($1::text[]) AS c(cell)
         CROSS JOIN LATERAL (
           SELECT id, story, lon, lat, submitted_at FROM entries
            WHERE h3_r8 = c.cell AND ($2::uuid IS NULL OR id <> $2::uuid)
            ORDER BY submitted_at DESC LIMIT ${MAX_CANDIDATES}
         ) x
        ORDER BY x.submitted_at DESC LIMIT ${MAX_CANDIDATES}`,
      [cells, subject.id ?? null],
    );
    return triageWithNeighbours(subject, candidates);
  }
}
