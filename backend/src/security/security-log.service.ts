import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type SecurityEventKind =
  | 'login_succeeded'
  | 'login_failed'
  | 'login_throttled'
  | 'logout'
  | 'refresh_refused'
  | 'token_rejected'
  | 'access_denied'
  | 'user_created'
  | 'user_updated'
  | 'submission_throttled'
  | 'request_throttled'
  | 'export'
  | 'contacts_deleted'
  | 'contacts_disclosed';

export interface SecurityEvent {
  userId?: string | null;
  email?: string | null;
  ip?: string | null;
  /** Names and ids only: never passwords, tokens or story text. */
  detail?: Record<string, unknown>;
}

/**
 * The security log: a row in `security_events` and a JSON line on the app log.
 * Writing it never fails the request that caused it.
 */
@Injectable()
export class SecurityLog {
  private readonly logger = new Logger('Security');

  constructor(private readonly db: DataSource) {}

  async record(kind: SecurityEventKind, event: SecurityEvent = {}): Promise<void> {
    const row = { kind, userId: event.userId ?? null, email: event.email ?? null, ip: event.ip ?? null, detail: event.detail ?? null };
    this.logger.log(JSON.stringify(row));
    try {
      await this.db.query(`INSERT INTO security_events (kind, user_id, email, ip, detail) VALUES ($1, $2, $3, $4, $5)`, [
        row.kind,
        row.userId,
        row.email,
        row.ip,
        row.detail ? JSON.stringify(row.detail) : null,
      ]);
    } catch (error) {
      this.logger.error(`Could not store security event ${kind}: ${(error as Error).message}`);
    }
  }
}
