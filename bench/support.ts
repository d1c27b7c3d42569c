import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Pool } from 'pg';
import { createApp } from '../backend/src/app.factory';
import { loadConfig } from '../backend/src/config/app-config';
import { startEmbeddedPostgres, EmbeddedDatabase } from '../backend/src/database/embedded-postgres';
import { SeedService } from '../backend/src/seed/seed.service';
import { fillEntries } from './fill-entries';

/** A throw-away embedded PostgreSQL, or the server in DATABASE_URL. */
async function benchDatabase(): Promise<{ url: string; db: EmbeddedDatabase | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, db: null };
  const db = await startEmbeddedPostgres({ dir: mkdtempSync(join(tmpdir(), 'herzensorte-bench-')), persistent: false, port: null });
  return { url: db.url, db };
}

export async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function report(rows: Record<string, string | number>[]): void {
  console.table(rows);
}

export const BENCH_ADMIN = { email: 'bench@example.org', password: 'bench-password-123' };

/**
 * The real app on a bench database (see benchDatabase), listening on a free port, with an admin account;
 * `token()` logs in through the API. `stop()` closes the app and the embedded database.
 */
export async function startBenchApp(env: Record<string, string> = {}) {
  Logger.overrideLogger(['error']);
  const { url, db } = await benchDatabase();
  const config = loadConfig({ ADMIN_EMAIL: BENCH_ADMIN.email, ADMIN_PASSWORD: BENCH_ADMIN.password, DEMO_DATA: 'false', ...env });
  const app = await createApp(config, url, ['error']);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  const token = async (): Promise<string> => {
    const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) });
    return ((await res.json()) as { token: string }).token;
  };
  const stop = async () => {
    await app.close();
    await db?.stop();
  };
  return { app, url, base, token, stop };
}

/** A pool on the bench database (`max` connections) and a query function that answers rows. */
export function benchPool(url: string, max: number) {
  const pool = new Pool({ connectionString: url, max });
  const query = async (sql: string, params: unknown[] = []): Promise<any[]> => (await pool.query(sql, params as any[])).rows;
  return { pool, query };
}

/**
 * Fills the bench database up to BENCH_ENTRIES entries (default 1,000,000): BENCH_GENERATED of them
 * (default 100,000) from the bulk loader, the rest SQL copies of those (fill-entries.ts). Answers the target.
 */
export async function fillBenchEntries(app: NestExpressApplication, query: (sql: string, params?: unknown[]) => Promise<any[]>): Promise<number> {
  const target = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
  const generated = Number(process.env.BENCH_GENERATED ?? 100_000);
  const load = await time(() => fillEntries(query, app.get(SeedService), { target, generated, recreateIndexes: true, log: (l) => console.log(l) }));
  console.log(`  ${target.toLocaleString('en')} entries ready in ${Math.round(load.ms / 1000)} s`);
  return target;
}
