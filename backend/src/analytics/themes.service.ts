import { ConflictException, Injectable, Logger, NotFoundException, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { contentRange, escapeLike, filterTypes, ListSpec, parseListQuery, toSql } from '../common/list-query';
import { classify, compileCodebook, CompiledCodebook } from './themes/classifier';
import { DEFAULT_CODEBOOK, ThemeDefinition } from './themes/codebook';

export interface ThemeRecord extends ThemeDefinition {
  position: number;
}

export interface JobRecord {
  id: string;
  kind: string;
  status: 'running' | 'done' | 'failed' | 'superseded';
  total: number;
  done: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

export const THEME_LIST: ListSpec = {
  resource: 'themes',
  sort: { position: 't.position', id: 't.id', label: 't.label' },
  defaultSort: ['position', 'ASC'],
  tieBreaker: 't.id',
  filters: {
    id: { parse: filterTypes.ids('slug'), where: (v, bind) => `t.id = ANY(${bind(v)}::text[])` },
    q: {
      parse: filterTypes.text(),
      where: (v, bind) => {
        const pattern = bind(`%${escapeLike(v)}%`);
        return `t.label ILIKE ${pattern} OR t.id ILIKE ${pattern} OR array_to_string(t.keywords, ' ') ILIKE ${pattern}`;
      },
    },
  },
};

const BATCH = 5000;

/** What the classifier reads: the place name and the story. */
export function themeText(e: { placeName: string; story: string }): string {
  return `${e.placeName}. ${e.story}`;
}

/**
 * The codebook (the `themes` table) and the classifier over it. Every instance compiles the codebook
 * once and recompiles when the table's newest `updated_at` changes, so edits made through another
 * instance apply too. A change of the codebook re-classifies all entries in the background, in
 * batches, with progress in `analytics_jobs`; a newer change supersedes a running job.
 */
@Injectable()
export class ThemesService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ThemesService.name);
  private compiled: CompiledCodebook | null = null;
  private compiledAt = '';
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM themes`);
    if (n === 0) {
      await this.db.query(
        `INSERT INTO themes (id, label, keywords, position)
         SELECT t->>'id', t->>'label', ARRAY(SELECT jsonb_array_elements_text(t->'keywords')), ord::int
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(t, ord)
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(DEFAULT_CODEBOOK)],
      );
    }
  }

  onModuleDestroy(): void {
    this.stopped = true;
  }

  /** The themes of a text, with the current codebook. */
  async classify(text: string): Promise<string[]> {
    return classify(text, await this.codebook());
  }

  /** A synchronous classifier with the current codebook, for bulk work (loads, imports). */
  async classifier(): Promise<(text: string) => string[]> {
    const codebook = await this.codebook();
    return (text) => classify(text, codebook);
  }

  private async codebook(): Promise<CompiledCodebook> {
    const [{ stamp }] = await this.db.query(`SELECT coalesce(max(updated_at)::text, '') || count(*) AS stamp FROM themes`);
    if (!this.compiled || stamp !== this.compiledAt) {
      const themes: ThemeDefinition[] = await this.db.query(`SELECT id, label, keywords FROM themes ORDER BY position, id`);
      this.compiled = compileCodebook(themes);
      this.compiledAt = stamp;
    }
    return this.compiled;
  }

  async list(query: Record<string, unknown>): Promise<{ rows: ThemeRecord[]; contentRange: string }> {
    const q = parseListQuery(query, THEME_LIST);
    const sql = toSql(THEME_LIST, q);
    const rows = await this.db.query(
      `SELECT t.id, t.label, t.keywords, t.position FROM themes t WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT ${q.limit} OFFSET ${q.offset}`,
      sql.params,
    );
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM themes t WHERE ${sql.where}`, sql.params);
    return { rows, contentRange: contentRange('themes', q.offset, rows.length, total) };
  }

  async getOne(id: string): Promise<ThemeRecord> {
    const [row] = await this.db.query(`SELECT id, label, keywords, position FROM themes WHERE id = $1`, [id]);
    if (!row) throw new NotFoundException(`Theme "${id}" not found`);
    return row;
  }

  async create(theme: ThemeDefinition): Promise<ThemeRecord> {
    const [row] = await this.db.query(
      `INSERT INTO themes (id, label, keywords, position) VALUES ($1, $2, $3, (SELECT coalesce(max(position), 0) + 1 FROM themes))
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [theme.id, theme.label, theme.keywords],
    );
    if (!row) throw new ConflictException({ message: `A theme "${theme.id}" exists already`, errors: [{ field: 'id', message: `A theme "${theme.id}" exists already` }] });
    this.reclassifyAll();
    return this.getOne(theme.id);
  }

  async update(id: string, theme: Pick<ThemeDefinition, 'label' | 'keywords'>): Promise<ThemeRecord> {
    const [row] = await this.db.query(`UPDATE themes SET label = $2, keywords = $3, updated_at = clock_timestamp() WHERE id = $1 RETURNING id`, [id, theme.label, theme.keywords]);
    if (!row) throw new NotFoundException(`Theme "${id}" not found`);
    this.reclassifyAll();
    return this.getOne(id);
  }

  async remove(id: string): Promise<ThemeRecord> {
    const theme = await this.getOne(id);
    await this.db.query(`DELETE FROM themes WHERE id = $1`, [id]);
    this.reclassifyAll();
    return theme;
  }

  async latestJob(): Promise<JobRecord | null> {
    const [row] = await this.db.query(`SELECT * FROM analytics_jobs WHERE kind = 'reclassify' ORDER BY id DESC LIMIT 1`);
    return row ? mapJob(row) : null;
  }

  /** Starts re-classifying every entry in the background (a running job is superseded); returns at once. */
  reclassifyAll(): void {
    const previous = this.running;
    this.running = (async () => {
      const [job] = await this.db.query(
        `WITH old AS (UPDATE analytics_jobs SET status = 'superseded', finished_at = now() WHERE kind = 'reclassify' AND status = 'running')
         INSERT INTO analytics_jobs (kind, total) VALUES ('reclassify', (SELECT count(*) FROM entries)) RETURNING id`,
      );
      await previous?.catch(() => undefined);
      await this.runJob(String(job.id));
    })().catch((error) => this.logger.error(`Re-classification failed: ${(error as Error).message}`));
  }

  /** Waits for the background job of this instance (tests, shutdown). */
  async settled(): Promise<void> {
    await this.running;
  }

  private async runJob(jobId: string): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    let done = 0;
    try {
      for (;;) {
        const [job] = await this.db.query(`SELECT status FROM analytics_jobs WHERE id = $1`, [jobId]);
        if (this.stopped || job?.status !== 'running') return;
        const codebook = await this.codebook();
        const rows: { id: string; place_name: string; story: string }[] = await this.db.query(
          `SELECT id, place_name, story FROM entries WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
          [after],
        );
        if (!rows.length) break;
        const themes: Record<string, string[]> = {};
        for (const r of rows) themes[r.id] = classify(themeText({ placeName: r.place_name, story: r.story }), codebook);
        // Themes are derived data: no version bump, so nobody's open edit form goes stale.
        await this.db.query(
          `UPDATE entries e SET themes = ARRAY(SELECT jsonb_array_elements_text(v.t))
             FROM jsonb_each($1::jsonb) AS v(id, t)
            WHERE e.id = v.id::uuid AND e.themes IS DISTINCT FROM ARRAY(SELECT jsonb_array_elements_text(v.t))`,
          [JSON.stringify(themes)],
        );
        done += rows.length;
        after = rows[rows.length - 1].id;
        await this.db.query(`UPDATE analytics_jobs SET done = $2, heartbeat_at = now() WHERE id = $1`, [jobId, done]);
      }
      await this.db.query(`UPDATE analytics_jobs SET status = 'done', done = $2, total = greatest(total, $2), finished_at = now() WHERE id = $1 AND status = 'running'`, [jobId, done]);
    } catch (error) {
      await this.db.query(`UPDATE analytics_jobs SET status = 'failed', error = $2, finished_at = now() WHERE id = $1`, [jobId, (error as Error).message]).catch(() => undefined);
      throw error;
    }
  }
}

function mapJob(r: any): JobRecord {
  return {
    id: String(r.id),
    kind: r.kind,
    status: r.status,
    total: r.total,
    done: r.done,
    startedAt: new Date(r.started_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    error: r.error,
  };
}
