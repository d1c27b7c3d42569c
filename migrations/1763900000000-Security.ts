import { MigrationInterface, QueryRunner } from 'typeorm';

export class Security1763900000000 implements MigrationInterface {
  name = 'Security1763900000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per login session: the refresh token (only its SHA-256) in an httpOnly cookie renews the short access token.
    await q.query(`
      CREATE TABLE auth_sessions (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash    text NOT NULL,
        -- the hash before the last rotation, still accepted for a few seconds (two tabs refreshing at once)
        previous_hash text,
        rotated_at    timestamptz,
        created_at    timestamptz NOT NULL DEFAULT now(),
        last_used_at  timestamptz NOT NULL DEFAULT now(),
        expires_at    timestamptz NOT NULL,
        revoked_at    timestamptz
      )`);
    await q.query(`CREATE INDEX ix_auth_sessions_user ON auth_sessions (user_id) WHERE revoked_at IS NULL`);
    await q.query(`ALTER TABLE users ADD COLUMN last_login_at timestamptz`);
    // Rate limits shared by every app instance: one row per counted request, kept for the longest window.
    // UNLOGGED: losing the counters in a crash is harmless, and writes skip the WAL.
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_hits (
        id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        bucket  text NOT NULL,
        at      timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX ix_rate_limit_hits_bucket ON rate_limit_hits (bucket, at)`);
    // The security log: logins, refusals, user changes. Never passwords, tokens or story text.
    await q.query(`
      CREATE TABLE security_events (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at          timestamptz NOT NULL DEFAULT clock_timestamp(),
        kind        text NOT NULL,
        user_id     uuid,
        email       text,
        ip          text,
        detail      jsonb
      )`);
    await q.query(`CREATE INDEX ix_security_events_at ON security_events (at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE security_events`);
    await q.query(`DROP TABLE rate_limit_hits`);
    await q.query(`ALTER TABLE users DROP COLUMN last_login_at`);
    await q.query(`DROP TABLE auth_sessions`);
  }
}
