import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../backend/src/database/embedded-postgres';

/**
 * One real PostgreSQL for the whole run: the embedded one in a throw-away directory,
 * or the server named by DATABASE_URL (then TEST_DATABASE_URL = a fresh database on it).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    const base = new URL(process.env.DATABASE_URL);
    const name = `herzensorte_test_${process.pid}`;
    const client = new Client({ connectionString: base.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    base.pathname = `/${name}`;
    process.env.TEST_DATABASE_URL = base.toString();
    (globalThis as any).__TEST_DB__ = { stop: async () => undefined };
    return;
  }
  const db = await startEmbeddedPostgres({ dir: mkdtempSync(join(tmpdir(), 'herzensorte-test-pg-')), persistent: false, port: null });
  process.env.TEST_DATABASE_URL = db.url;
  (globalThis as any).__TEST_DB__ = db;
}
