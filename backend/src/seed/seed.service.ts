import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DistrictsService } from '../districts/districts.service';
import { cellsOf } from '../entries/entry-location';
import { CONSENT_VERSION } from '../entries/submitter-contact.entity';
import { themeText, ThemesService } from '../analytics/themes.service';
import { PlacesService } from '../places/places.service';
import { bulkTriage, Neighbour } from '../moderation/triage.service';
import { UsersService } from '../users/users.service';
import { copyLine, pgTextArray } from './copy-format';
import { DEFAULT_CAMPAIGN_END, DEMO_USERS, generateEntries, ReferencePlace } from './demo-data.generator';
import { demoStatus } from './demo-status';
import { Random } from './random';

const ENTRY_COLUMNS = 'id, place_name, story, address, lon, lat, district_id, h3_r7, h3_r8, h3_r9, status, flags, themes, channel, first_name, submitted_at, updated_at';
const BATCH = 5000;

export interface SeedOptions {
  count: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Bulk loads generated entries with COPY; the same path serves demo data and benchmarks. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly db: DataSource,
    private readonly districts: DistrictsService,
    private readonly users: UsersService,
    private readonly themes: ThemesService,
    private readonly places: PlacesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Reference places live beside the district file (shared/data/dortmund), never in the repository. */
  referencePlaces(): ReferencePlace[] {
    return JSON.parse(readFileSync(join(dirname(this.config.districtsGeojson), 'dortmund-places.json'), 'utf8'));
  }

  async seedDemoUsers(): Promise<void> {
    for (const u of DEMO_USERS) await this.users.ensure(u.email, u.password, u.role, u.districtIds);
  }

  async seedEntries({ count, seed = 2026, onProgress }: SeedOptions): Promise<number> {
    const places = this.referencePlaces();
    const random = new Random(seed ^ 0x5eed);
    const generator = generateEntries({ count: Math.ceil(count * 1.2) + 100, seed, places });
    const recent = new Map<string, Neighbour[]>();
    const classify = await this.themes.classifier();
    const client: PoolClient = await (this.db.driver as any).master.connect();
    let done = 0;
    try {
      await client.query('BEGIN');
      while (done < count) {
        const entries: string[] = [];
        const contacts: string[] = [];
        // next() rather than for-of: breaking out of for-of would close the generator after the first batch
        for (let step = generator.next(); !step.done; step = generator.next()) {
          const e = step.value;
          const districtId = this.districts.locate(e.lon, e.lat);
          if (!districtId) continue;
          const id = randomUUID();
          const cells = cellsOf(e.lon, e.lat);
          // the same rules as a submission, the duplicate check against the entries of this load (in memory by cell)
          const flags = bulkTriage(recent, { id, ...e }, cells.h3r8);
          const status = demoStatus({ problem: e.problem, submittedAt: e.submittedAt, campaignEnd: DEFAULT_CAMPAIGN_END, r: random.float() });
          const decidedAt = status === 'pending' ? e.submittedAt : new Date(e.submittedAt.getTime() + random.float() * 3 * 86_400_000);
          entries.push(copyLine([id, e.placeName, e.story, e.address, e.lon, e.lat, districtId, cells.h3r7, cells.h3r8, cells.h3r9, status, flags, pgTextArray(classify(themeText(e))), e.channel, e.firstName, e.submittedAt, decidedAt]));
          if (e.email && e.consent) contacts.push(copyLine([id, e.email, true, CONSENT_VERSION, e.submittedAt]));
          if (entries.length === BATCH || done + entries.length === count) break;
        }
        if (!entries.length) throw new Error('The generator ran out of entries inside the city');
        await pipeline(Readable.from(entries), client.query(copyFrom(`COPY entries (${ENTRY_COLUMNS}) FROM STDIN`)));
        if (contacts.length) {
          await pipeline(Readable.from(contacts), client.query(copyFrom(`COPY submitter_contacts (entry_id, email, consent, consent_version, created_at) FROM STDIN`)));
        }
        done += entries.length;
        onProgress?.(done, count);
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
    await this.db.query('ANALYZE entries');
    await this.places.groupUnassigned();
    return done;
  }

  /** First start on an empty database: demo accounts and 3,000 entries. */
  async seedDemoIfEmpty(count = 3000): Promise<void> {
    const [{ n }] = await this.db.query('SELECT count(*)::int AS n FROM entries');
    if (n > 0) return;
    await this.seedDemoUsers();
    const inserted = await this.seedEntries({ count });
    this.logger.log(`Demo data: ${inserted} entries and ${DEMO_USERS.length} accounts:`);
    for (const u of DEMO_USERS) this.logger.log(`  ${u.role.padEnd(16)} ${u.email} / ${u.password}`);
  }
}
