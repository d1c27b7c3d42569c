import { MigrationInterface, QueryRunner } from 'typeorm';

export class Analytics1764000000000 implements MigrationInterface {
  name = 'Analytics1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // The editable codebook of reasons (API.md `themes`); the app fills in the 12 default themes when it is empty.
    await q.query(`
      CREATE TABLE themes (
        id          text PRIMARY KEY,
        label       text NOT NULL,
        keywords    text[] NOT NULL DEFAULT '{}',
        position    integer NOT NULL DEFAULT 0,
        updated_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT ck_themes_id CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,63}$')
      )`);
    // Background jobs with progress (re-classifying all entries after a codebook change).
    await q.query(`
      CREATE TABLE analytics_jobs (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind         text NOT NULL,
        status       text NOT NULL DEFAULT 'running',
        total        integer NOT NULL DEFAULT 0,
        done         integer NOT NULL DEFAULT 0,
        started_at   timestamptz NOT NULL DEFAULT now(),
        heartbeat_at timestamptz NOT NULL DEFAULT now(),
        finished_at  timestamptz,
        error        text,
        CONSTRAINT ck_analytics_jobs_status CHECK (status IN ('running', 'done', 'failed', 'superseded'))
      )`);
    // Entries about the same place (within about 100 m, similar names), with their count of hearts.
    await q.query(`
      CREATE TABLE places (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name         text NOT NULL,
        lon          double precision NOT NULL,
        lat          double precision NOT NULL,
        district_id  text REFERENCES districts (id),
        h3_r9        text NOT NULL,
        entry_count  integer NOT NULL DEFAULT 0,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_places_h3_r9 ON places (h3_r9)`);
    await q.query(`CREATE INDEX ix_places_district ON places (district_id, entry_count DESC)`);
    await q.query(`CREATE INDEX ix_entries_place ON entries (place_id)`);
    await q.query(`CREATE INDEX ix_entries_district_approved_submitted ON entries (district_id, submitted_at) WHERE status = 'approved'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_entries_district_approved_submitted`);
    await q.query(`DROP INDEX ix_entries_place`);
    await q.query(`UPDATE entries SET place_id = NULL`);
    await q.query(`DROP TABLE places`);
    await q.query(`DROP TABLE analytics_jobs`);
    await q.query(`DROP TABLE themes`);
  }
}
