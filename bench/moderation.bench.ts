/**
 * Bulk moderation of 1,000 entries through the API (target ≤ 2 s) against the physical limit:
 * the same status change and audit rows written by one raw SQL statement.
 * Run: npm run bench -- moderation
 */
import { SeedService } from '../backend/src/seed/seed.service';
import { benchPool, percentile, report, time, startBenchApp } from './support';

const N = 1000;
const ROUNDS = 5;

export async function moderationBench(): Promise<void> {
  const { app, url, base, token: login, stop } = await startBenchApp();
  // one connection: the raw SQL runs as one client sends it
  const { pool, query } = benchPool(url, 1);
  try {
    await app.get(SeedService).seedEntries({ count: N * ROUNDS * 2 + 2000 });
    // a queue to clear: every seeded entry waits for a decision
    await query(`UPDATE entries SET status = 'pending'`);
    const token = await login();
    const apiMs: number[] = [];
    const sqlMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const apiIds: string[] = (await query(`SELECT id FROM entries WHERE status = 'pending' ORDER BY id LIMIT $1`, [N])).map((r) => r.id);
      const api = await time(async () => {
        const res = await fetch(`${base}/api/entries/moderate`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ ids: apiIds, action: 'approve', note: 'bench' }),
        });
        const body = (await res.json()) as { results: { ok: boolean }[] };
        if (!res.ok || body.results.filter((r: any) => r.ok).length !== N) throw new Error(`bulk failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
      });
      apiMs.push(api.ms);
      const sqlIds: string[] = (await query(`SELECT id FROM entries WHERE status = 'pending' ORDER BY id LIMIT $1`, [N])).map((r) => r.id);
      const raw = await time(() =>
        query(
          `WITH changed AS (UPDATE entries SET status = 'approved', version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[]) AND status = 'pending' RETURNING id)
           INSERT INTO moderation_events (entry_id, action, from_status, to_status, note) SELECT id, 'approve', 'pending', 'approved', 'bench' FROM changed`,
          [sqlIds],
        ),
      );
      sqlMs.push(raw.ms);
    }
    const apiP50 = percentile(apiMs, 50);
    const sqlP50 = percentile(sqlMs, 50);
    report([
      { measure: `bulk approve of ${N} via POST /api/entries/moderate`, p50_ms: Math.round(apiP50), max_ms: Math.round(Math.max(...apiMs)), target_ms: 2000 },
      { measure: `raw SQL UPDATE + INSERT events of ${N}`, p50_ms: Math.round(sqlP50), max_ms: Math.round(Math.max(...sqlMs)), target_ms: '' },
      { measure: 'ratio API / raw SQL (p50)', p50_ms: Number((apiP50 / sqlP50).toFixed(2)), max_ms: '', target_ms: '' },
    ]);
  } finally {
    await pool.end();
    await stop();
  }
}
