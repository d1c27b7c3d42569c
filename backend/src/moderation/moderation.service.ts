import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { contentRange, filterTypes, ListSpec, parseListQuery, toSql, UUID } from '../common/list-query';
import { ENTRY_COLUMNS, EntryRecord, mapEntryRow } from '../entries/entries.service';
import { EntryStatus } from '../entries/entry.entity';
import type { PublicUser } from '../users/user.entity';
import { appendEvent } from './audit';
import { BulkModerateDto, ModerateEntryDto, RedactDto } from './dto/moderate.dto';
import { redactSpan } from './redaction';
import { TriageService } from './triage.service';
import { allowedFrom, MODERATION_ACTIONS, notAllowedMessage, targetStatus, transition } from './state-machine';

export const CLAIM_MINUTES = 5;
const EVENT_ACTIONS = [...MODERATION_ACTIONS, 'edit', 'redact', 'delete'] as const;

export interface ModerationEventRecord {
  id: string;
  entryId: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reasonCode: string | null;
  note: string | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  createdAt: string;
}

export const EVENT_LIST: ListSpec = {
  resource: 'moderation-events',
  sort: { createdAt: 'ev.created_at', action: 'ev.action', id: 'ev.id' },
  defaultSort: ['createdAt', 'DESC'],
  tieBreaker: 'ev.id',
  filters: {
    id: { parse: (v, f) => filterTypes.ids('slug')(v, f).filter((s) => /^\d{1,18}$/.test(s)), where: (v, bind) => `ev.id = ANY(${bind(v)}::bigint[])` },
    entryId: { parse: filterTypes.ids('uuid'), where: (v, bind) => `ev.entry_id = ANY(${bind(v)}::uuid[])` },
    actorId: { parse: filterTypes.ids('uuid'), where: (v, bind) => `ev.actor_id = ANY(${bind(v)}::uuid[])` },
    action: { parse: filterTypes.oneOf(EVENT_ACTIONS), where: (v, bind) => `ev.action = ANY(${bind(v)}::text[])` },
  },
};

function mapEvent(r: any): ModerationEventRecord {
  return {
    id: String(r.id),
    entryId: r.entry_id,
    actorId: r.actor_id,
    actorEmail: r.actor_email,
    action: r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    reasonCode: r.reason_code,
    note: r.note,
    changes: r.changes,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

@Injectable()
export class ModerationService {
  constructor(
    private readonly db: DataSource,
    private readonly triage: TriageService,
  ) {}

  /** One decision: the status change and its audit event commit together, or neither does. */
  async moderate(id: string, dto: ModerateEntryDto, actor: PublicUser): Promise<EntryRecord> {
    if (!UUID.test(id)) throw new NotFoundException(`Entry "${id}" not found`);
    return this.db.transaction(async (tx) => {
      const [current] = await tx.query(`SELECT status, version FROM entries WHERE id = $1 FOR UPDATE`, [id]);
      if (!current) throw new NotFoundException(`Entry "${id}" not found`);
      if (current.version !== dto.version) {
        throw new ConflictException(`Entry "${id}" was changed by someone else (your version ${dto.version}, now ${current.version}); reload it and decide again`);
      }
      const to = transition(current.status, dto.action);
      if (!to) throw new UnprocessableEntityException(notAllowedMessage(current.status, dto.action));
      const [rows] = await tx.query(
        `UPDATE entries e SET status = $2, version = version + 1, updated_at = now(), claimed_by = NULL, claimed_until = NULL
          WHERE id = $1 RETURNING ${ENTRY_COLUMNS}`,
        [id, to],
      );
      await appendEvent(tx, { entryId: id, actorId: actor.id, action: dto.action, fromStatus: current.status, toStatus: to, reasonCode: dto.reasonCode, note: dto.note });
      return mapEntryRow(rows[0]);
    });
  }

  /**
   * Many decisions in one statement: each entry's update and its event are written together;
   * entries that are missing or in a state the action does not apply to are reported per id.
   */
  async moderateMany(dto: BulkModerateDto, actor: PublicUser): Promise<{ results: { id: string; ok: boolean; status?: EntryStatus; error?: string }[] }> {
    const ids = [...new Set(dto.ids)];
    const valid = ids.filter((id) => UUID.test(id));
    const rows: { id: string; from_status: EntryStatus; ok: boolean }[] = await this.db.query(
      `WITH target AS (
         SELECT id, status FROM entries WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE
       ), changed AS (
         UPDATE entries e SET status = $2, version = e.version + 1, updated_at = now(), claimed_by = NULL, claimed_until = NULL
           FROM target t WHERE e.id = t.id AND t.status = ANY($3::text[])
         RETURNING e.id, t.status AS from_status
       ), logged AS (
         INSERT INTO moderation_events (entry_id, actor_id, action, from_status, to_status, reason_code, note)
         SELECT id, $4, $5, from_status, $2, $6, $7 FROM changed
       )
       SELECT t.id, t.status AS from_status, (c.id IS NOT NULL) AS ok FROM target t LEFT JOIN changed c ON c.id = t.id`,
      [valid, targetStatus(dto.action), allowedFrom(dto.action), actor.id, dto.action, dto.reasonCode ?? null, dto.note ?? null],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const to = targetStatus(dto.action);
    return {
      results: dto.ids.map((id) => {
        const r = byId.get(id.toLowerCase());
        if (!r) return { id, ok: false, error: `Entry "${id}" not found` };
        return r.ok ? { id, ok: true, status: to } : { id, ok: false, status: r.from_status, error: notAllowedMessage(r.from_status, dto.action) };
      }),
    };
  }

  /** Claims an entry for CLAIM_MINUTES (renewed by claiming again); someone else's live claim is a 409 naming them. */
  async claim(id: string, actor: PublicUser): Promise<{ claimedBy: string; claimedUntil: string }> {
    if (!UUID.test(id)) throw new NotFoundException(`Entry "${id}" not found`);
    const [rows] = await this.db.query(
      `UPDATE entries SET claimed_by = $2, claimed_until = now() + make_interval(mins => $3)
        WHERE id = $1 AND (claimed_by IS NULL OR claimed_by = $2 OR claimed_until <= now())
        RETURNING claimed_until`,
      [id, actor.id, CLAIM_MINUTES],
    );
    if (rows[0]) return { claimedBy: actor.email, claimedUntil: new Date(rows[0].claimed_until).toISOString() };
    const [holder] = await this.db.query(
      `SELECT u.email, e.claimed_until FROM entries e LEFT JOIN users u ON u.id = e.claimed_by WHERE e.id = $1`,
      [id],
    );
    if (!holder) throw new NotFoundException(`Entry "${id}" not found`);
    throw new ConflictException(`${holder.email ?? 'Someone else'} is reviewing this entry until ${new Date(holder.claimed_until).toISOString()}`);
  }

  async release(id: string, actor: PublicUser): Promise<{ released: boolean }> {
    if (!UUID.test(id)) throw new NotFoundException(`Entry "${id}" not found`);
    const [, count] = await this.db.query(`UPDATE entries SET claimed_by = NULL, claimed_until = NULL WHERE id = $1 AND claimed_by = $2`, [id, actor.id]);
    return { released: count > 0 };
  }

  /** Replaces story[start, end) with "[entfernt]"; the audit keeps offsets and reason, never the removed text. */
  async redact(id: string, dto: RedactDto, actor: PublicUser): Promise<EntryRecord> {
    if (!UUID.test(id)) throw new NotFoundException(`Entry "${id}" not found`);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query(`SELECT ${ENTRY_COLUMNS} FROM entries e WHERE e.id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundException(`Entry "${id}" not found`);
      const current = mapEntryRow(row);
      if (current.version !== dto.version) throw new ConflictException(`Entry "${id}" was changed by someone else (your version ${dto.version} is stale); reload it`);
      const story = redactSpan(current.story, dto.start, dto.end);
      const flags = await this.triage.flagsFor({ ...current, story }, tx);
      const [rows] = await tx.query(
        `UPDATE entries e SET story = $2, flags = $3, version = version + 1, updated_at = now() WHERE id = $1 RETURNING ${ENTRY_COLUMNS}`,
        [id, story, JSON.stringify(flags)],
      );
      await appendEvent(tx, {
        entryId: id, actorId: actor.id, action: 'redact', fromStatus: current.status, toStatus: current.status, note: dto.reason,
        changes: { story: { start: dto.start, end: dto.end, removedLength: dto.end - dto.start } },
      });
      return mapEntryRow(rows[0]);
    });
  }

  /** Counters for the moderation view. */
  async stats(): Promise<{ pending: number; flagged: number; decidedToday: number; oldestWaiting: string | null }> {
    const [[queue], [today]] = await Promise.all([
      this.db.query(`
        SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
               count(*) FILTER (WHERE status IN ('pending', 'on_hold') AND jsonb_array_length(flags) > 0)::int AS flagged,
               min(submitted_at) FILTER (WHERE status = 'pending') AS oldest
          FROM entries WHERE status IN ('pending', 'on_hold')`),
      this.db.query(`
        SELECT count(DISTINCT entry_id)::int AS decided FROM moderation_events
         WHERE action IN ('approve', 'reject', 'hold')
           AND created_at >= (date_trunc('day', now() AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'Europe/Berlin')`),
    ]);
    return { pending: queue.pending, flagged: queue.flagged, decidedToday: today.decided, oldestWaiting: queue.oldest ? new Date(queue.oldest).toISOString() : null };
  }

  async events(query: Record<string, unknown>): Promise<{ rows: ModerationEventRecord[]; contentRange: string }> {
    const q = parseListQuery(query, EVENT_LIST);
    const sql = toSql(EVENT_LIST, q);
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(
        `SELECT ev.*, u.email AS actor_email FROM moderation_events ev LEFT JOIN users u ON u.id = ev.actor_id
          WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT ${q.limit} OFFSET ${q.offset}`,
        sql.params,
      ),
      this.db.query(`SELECT count(*)::int AS total FROM moderation_events ev WHERE ${sql.where}`, sql.params),
    ]);
    return { rows: rows.map(mapEvent), contentRange: contentRange('moderation-events', q.offset, rows.length, total) };
  }

  async event(id: string): Promise<ModerationEventRecord> {
    const [row] = /^\d{1,18}$/.test(id)
      ? await this.db.query(`SELECT ev.*, u.email AS actor_email FROM moderation_events ev LEFT JOIN users u ON u.id = ev.actor_id WHERE ev.id = $1`, [id])
      : [];
    if (!row) throw new NotFoundException(`Moderation event "${id}" not found`);
    return mapEvent(row);
  }
}
