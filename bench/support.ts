import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
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
