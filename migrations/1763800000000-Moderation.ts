import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1763800000000 implements MigrationInterface {
  name = 'Moderation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    // No foreign key to entries: the audit trail outlives a deleted entry.
    await q.query(`
      CREATE TABLE moderation_events (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id     uuid NOT NULL,
        actor_id     uuid,
        action       text NOT NULL,
        from_status  text,
        to_status    text,
        reason_code  text,
        note         text,
        changes      jsonb,
        created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT ck_moderation_events_action CHECK (action IN ('approve', 'reject', 'hold', 'reopen', 'edit', 'redact', 'delete')),
        CONSTRAINT ck_moderation_events_reason CHECK (reason_code IS NULL OR reason_code IN
          ('netiquette', 'personal_data', 'advertising', 'not_in_dortmund', 'duplicate', 'off_topic', 'other'))
      )`);
    // A claim: who has the entry open in the moderation view, until when (expires by itself).
    await q.query(`ALTER TABLE entries ADD COLUMN claimed_by uuid, ADD COLUMN claimed_until timestamptz`);
    await q.query(`CREATE INDEX ix_entries_queue ON entries ((jsonb_array_length(flags) > 0) DESC, submitted_at) WHERE status IN ('pending', 'on_hold')`);
    await q.query(`CREATE INDEX ix_moderation_events_entry ON moderation_events (entry_id, created_at)`);
    await q.query(`CREATE INDEX ix_moderation_events_actor ON moderation_events (actor_id, created_at)`);
    await q.query(`CREATE INDEX ix_moderation_events_created ON moderation_events (created_at)`);
    await q.query(`
      CREATE FUNCTION moderation_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'moderation_events is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_moderation_events_append_only BEFORE UPDATE OR DELETE ON moderation_events
      FOR EACH ROW EXECUTE FUNCTION moderation_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE moderation_events`);
    await q.query(`DROP FUNCTION moderation_events_append_only()`);
    await q.query(`DROP INDEX ix_entries_queue`);
    await q.query(`ALTER TABLE entries DROP COLUMN claimed_by, DROP COLUMN claimed_until`);
  }
}
