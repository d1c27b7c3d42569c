import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ENTRY_COLUMNS, EntryRecord, mapEntryRow } from '../entries/entries.service';
import type { EntryStatus } from '../entries/entry.entity';
import { appendEvent } from '../moderation/audit';
import { SecurityLog } from '../security/security-log.service';
import type { PublicUser } from '../users/user.entity';
import { retentionOver } from './retention';

const HOUR = 3_600_000;

/** An entry as stored about its author: the record without who has it open in the moderation view right now. */
function storedEntry(row: unknown): Omit<EntryRecord, 'claimedBy' | 'claimedUntil'> {
  const { claimedBy: _claimedBy, claimedUntil: _claimedUntil, ...entry } = mapEntryRow(row);
  return entry;
}

/**
 * The privacy lifecycle of contact data: deleted RETENTION_DAYS after CAMPAIGN_END (checked at start
 * and every hour, by every instance: the delete is idempotent), erased on request, and disclosed on
 * request. The logs name counts, never the email address.
 */
@Injectable()
export class PrivacyService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Privacy');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly db: DataSource,
    private readonly log: SecurityLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.campaignEnd) return;
    const run = () => void this.applyRetention().catch((e) => this.logger.error(`Retention job failed: ${(e as Error).message}`));
    this.timer = setInterval(run, HOUR);
    this.timer.unref();
    setImmediate(run);
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Deletes all contact data once the retention period is over; answers how many rows went. */
  async applyRetention(now = new Date()): Promise<number> {
    if (!retentionOver(this.config.campaignEnd, this.config.retentionDays, now)) return 0;
    const [, deleted]: [unknown[], number] = await this.db.query(`DELETE FROM submitter_contacts`);
    if (deleted) {
      this.logger.log(`Retention: deleted ${deleted} contact rows (campaign ended ${this.config.campaignEnd!.toISOString()}, kept ${this.config.retentionDays} days)`);
      await this.log.record('contacts_deleted', { detail: { reason: 'retention', rows: deleted } });
    }
    return deleted;
  }

  /** Erasure request: the contact rows of the address go, and the first names of its entries with them. */
  async erase(email: string, actor: PublicUser): Promise<{ contactsDeleted: number; entriesChanged: number }> {
    const result = await this.db.transaction(async (tx) => {
      // DELETE and UPDATE answer [rows, count]
      const [contacts]: [{ entry_id: string }[]] = await tx.query(`DELETE FROM submitter_contacts WHERE lower(email) = lower($1) RETURNING entry_id`, [email.trim()]);
      const ids = contacts.map((c) => c.entry_id);
      const [changed] = await tx.query(
        `UPDATE entries SET first_name = NULL, version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[]) AND first_name IS NOT NULL RETURNING id, status`,
        [ids],
      );
      for (const e of changed as { id: string; status: EntryStatus }[]) {
        await appendEvent(tx, { entryId: e.id, actorId: actor.id, action: 'redact', fromStatus: e.status, toStatus: e.status, note: 'Löschersuchen (Art. 17 DSGVO)', changes: { firstName: { removed: true } } });
      }
      return { contactsDeleted: contacts.length, entriesChanged: (changed as unknown[]).length };
    });
    await this.log.record('contacts_deleted', { userId: actor.id, email: actor.email, detail: { reason: 'erasure_request', rows: result.contactsDeleted, entries: result.entriesChanged } });
    return result;
  }

  /** Access request: everything stored about the address (contact rows and the entries they belong to). */
  async access(email: string, actor: PublicUser) {
    const address = email.trim();
    const contacts: { entryId: string }[] = await this.db.query(
      `SELECT entry_id AS "entryId", email, consent, consent_version AS "consentVersion", created_at AS "createdAt" FROM submitter_contacts WHERE lower(email) = lower($1) ORDER BY created_at`,
      [address],
    );
    const rows: unknown[] = contacts.length
      ? await this.db.query(`SELECT ${ENTRY_COLUMNS} FROM entries e WHERE e.id = ANY($1::uuid[]) ORDER BY e.submitted_at`, [contacts.map((c) => c.entryId)])
      : [];
    await this.log.record('contacts_disclosed', { userId: actor.id, email: actor.email, detail: { reason: 'access_request', rows: contacts.length } });
    return { email: address, generatedAt: new Date().toISOString(), contacts, entries: rows.map(storedEntry) };
  }
}
