import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Logger } from '@nestjs/common';
import { createApp } from '../backend/src/app.factory';
import { loadConfig } from '../backend/src/config/app-config';
import { startEmbeddedPostgres, EmbeddedDatabase } from '../backend/src/database/embedded-postgres';

/** A throw-away embedded PostgreSQL, or the server in DATABASE_URL. */
export async function benchDatabase(): Promise<{ url: string; db: EmbeddedDatabase | null }> {
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
