/**
 * District report and heat cells at 1,000,000 entries (targets: p95 ≤ 150 ms each), each against the
 * physical limit: the same SQL sent straight to PostgreSQL, without HTTP, Nest, auth and JSON.
 * Run: npm run bench -- analytics        (BENCH_ENTRIES=100000 for a quicker run; BENCH_GENERATED: how many
 * of them the bulk loader generates, default 100,000, the rest are SQL copies: bench/fill-entries.ts)
 */
import { districtParts, ReportService } from '../backend/src/analytics/report.service';
import { benchPool, fillBenchEntries, percentile, report, time, startBenchApp } from './support';

const ROUNDS = 10;

export async function analyticsBench(): Promise<void> {
  const { app, url, base, token: login, stop } = await startBenchApp({ PUBLIC_RATE_LIMIT: '0' });
  // a pool like the app's, so that the raw report queries run in parallel as the service runs them
  const { pool, query } = benchPool(url, 10);
  try {
    // 100,000 entries through the bulk loader (generator, triage, themes, places), the rest SQL copies of them
    const entries = await fillBenchEntries(app, query);
    const token = await login();
    const get = async (path: string) => {
      const res = await fetch(base + path, { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return res.json();
    };
    const districts: string[] = (await query(`SELECT id FROM districts ORDER BY nr`)).map((r) => r.id);
    // warm-up: the first report computes the city-wide figures (kept for five minutes)
    const warm = await time(() => get(`/api/districts/${districts[0]}/report`));
    console.log(`  first report (computes the city-wide figures): ${Math.round(warm.ms)} ms`);

    const reports = app.get(ReportService);
    const reportMs: number[] = [];
    const coldMs: number[] = [];
    const reportSqlMs: number[] = [];
    const heatMs: number[] = [];
    const heatSqlMs: number[] = [];
    // the first report of each district after a start: its own figures are not kept yet
    for (let round = 0; round < ROUNDS; round++) {
      for (const id of districts) {
        reports.forgetDistrictFigures();
        coldMs.push((await time(() => get(`/api/districts/${id}/report`))).ms);
      }
    }
    // then as people use it: figures kept for 30 s and renewed in the background while the older ones are served
    for (let round = 0; round < ROUNDS; round++) {
      for (const id of districts) {
        reportMs.push((await time(() => get(`/api/districts/${id}/report`))).ms);
        reportSqlMs.push((await time(() => districtParts(query, id))).ms);
      }
      heatMs.push((await time(() => get('/api/analytics/heat?res=8'))).ms);
      heatSqlMs.push((await time(() => query(`SELECT h3_r8 AS h3, count(*)::int AS count FROM entries GROUP BY 1`))).ms);
    }
    const row = (measure: string, ms: number[], target: number | string, ratioTo?: number[]) => ({
      measure,
      n: ms.length,
      p50_ms: Math.round(percentile(ms, 50)),
      p95_ms: Math.round(percentile(ms, 95)),
      target_p95_ms: target,
      ratio_p95: ratioTo ? (percentile(ms, 95) / percentile(ratioTo, 95)).toFixed(2) : '',
    });
    report([
      row(`GET /api/districts/:id/report (${entries.toLocaleString('en')} entries)`, reportMs, 150, reportSqlMs),
      row('  the same, first report of a district (its figures not kept yet)', coldMs, '', reportSqlMs),
      row('  raw SQL: the district queries of the report (districtParts)', reportSqlMs, ''),
      row('GET /api/analytics/heat?res=8 (whole city)', heatMs, 150, heatSqlMs),
      row('  raw SQL: GROUP BY h3_r8', heatSqlMs, ''),
    ]);
  } finally {
    await pool.end();
    await stop();
  }
}
