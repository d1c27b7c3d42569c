import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763700000000 implements MigrationInterface {
  name = 'InitialSchema1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE districts (
        id          text PRIMARY KEY,
        nr          integer NOT NULL,
        name        text NOT NULL,
        area_km2    double precision NOT NULL,
        population  integer,
        geometry    jsonb NOT NULL,
        CONSTRAINT uq_districts_nr UNIQUE (nr)
      )`);
    await q.query(`
      CREATE TABLE entries (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        place_name    text NOT NULL,
        story         text NOT NULL,
        address       text,
        lon           double precision NOT NULL,
        lat           double precision NOT NULL,
        district_id   text NOT NULL,
        h3_r7         text NOT NULL,
        h3_r8         text NOT NULL,
        h3_r9         text NOT NULL,
        status        text NOT NULL DEFAULT 'pending',
        flags         jsonb NOT NULL DEFAULT '[]',
        themes        text[] NOT NULL DEFAULT '{}',
        place_id      uuid,
        channel       text NOT NULL DEFAULT 'web',
        first_name    text,
        submitted_at  timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        version       integer NOT NULL DEFAULT 1,
        CONSTRAINT fk_entries_district FOREIGN KEY (district_id) REFERENCES districts (id),
        CONSTRAINT ck_entries_status CHECK (status IN ('pending', 'approved', 'rejected', 'on_hold')),
        CONSTRAINT ck_entries_channel CHECK (channel IN ('web', 'event', 'import')),
        CONSTRAINT ck_entries_lon CHECK (lon BETWEEN -180 AND 180),
        CONSTRAINT ck_entries_lat CHECK (lat BETWEEN -90 AND 90),
        CONSTRAINT ck_entries_flags CHECK (jsonb_typeof(flags) = 'array')
      )`);
    await q.query(`CREATE INDEX ix_entries_status_submitted ON entries (status, submitted_at)`);
    await q.query(`CREATE INDEX ix_entries_district_status ON entries (district_id, status)`);
    await q.query(`CREATE INDEX ix_entries_submitted ON entries (submitted_at)`);
    await q.query(`CREATE INDEX ix_entries_updated ON entries (updated_at)`);
    await q.query(`CREATE INDEX ix_entries_h3_r8 ON entries (h3_r8)`);
    await q.query(`CREATE INDEX ix_entries_themes ON entries USING gin (themes)`);
    await q.query(
      `CREATE INDEX ix_entries_text_trgm ON entries USING gin ((place_name || ' ' || story || ' ' || coalesce(address, '')) gin_trgm_ops)`,
    );
    await q.query(`
      CREATE TABLE submitter_contacts (
        entry_id         uuid PRIMARY KEY,
        email            text NOT NULL,
        consent          boolean NOT NULL DEFAULT false,
        consent_version  text,
        created_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_submitter_contacts_entry FOREIGN KEY (entry_id) REFERENCES entries (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_submitter_contacts_email ON submitter_contacts (lower(email))`);
    await q.query(`
      CREATE TABLE users (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email          text NOT NULL,
        password_hash  text NOT NULL,
        role           text NOT NULL,
        district_ids   text[] NOT NULL DEFAULT '{}',
        disabled       boolean NOT NULL DEFAULT false,
        token_version  integer NOT NULL DEFAULT 0,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_users_role CHECK (role IN ('admin', 'moderator', 'district_viewer'))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_users_email ON users (lower(email))`);
    await q.query(`
      CREATE TABLE app_settings (
        key    text PRIMARY KEY,
        value  text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE app_settings`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE submitter_contacts`);
    await q.query(`DROP TABLE entries`);
    await q.query(`DROP TABLE districts`);
  }
}
