/**
 * Entry exports at 1,000,000 entries through the HTTP API (targets: ≥ 150,000 rows/s, ≤ 2 × psql,
 * ≤ 100 MB memory growth of the server process), each against the physical limit: psql's \copy of the
 * same SELECT (ExportsService.entriesCsvSql / entriesGeoJsonSql) into a file.
 * The client is curl in a child process writing to /dev/null, so this process is the server alone and
 * its RSS, sampled every 20 ms during a transfer, is the server's.
 * Run: npm run bench -- exports        (BENCH_ENTRIES=100000 for a quicker run)
 */
import { spawn } from 'node:child_process';
import { statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dialectOf } from '../backend/src/exports/csv';
import { ExportsService } from '../backend/src/exports/exports.service';
import type { PublicUser } from '../backend/src/users/user.entity';
import { BENCH_ADMIN, benchPool, fillBenchEntries, percentile, report, time, startBenchApp } from './support';

const ROUNDS = 3;
const MB = 1024 * 1024;
const PSQL = process.env.PSQL ?? '/usr/bin/psql';

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited with ${code}: ${err.slice(0, 500)}`))));
  });
}

/** Peak RSS above the value at the start, sampled while `fn` runs. */
async function withRss<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; rssGrowthMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const { ms, result } = await time(fn);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms, rssGrowthMb: (peak - base) / MB };
  } finally {
    clearInterval(timer);
  }
}

export async function exportsBench(): Promise<void> {
  const { app, url, base, token: login, stop } = await startBenchApp({ PUBLIC_RATE_LIMIT: '0' });
  const { pool, query } = benchPool(url, 2);
  const file = join(tmpdir(), `herzensorte-export-bench-${process.pid}`);
  try {
    await fillBenchEntries(app, query);
    const [{ n: rows }] = await query(`SELECT count(*)::int AS n FROM entries`);
    const token = await login();
    const [admin] = await query(`SELECT id, email, role FROM users WHERE email = $1`, [BENCH_ADMIN.email]);
    const user: PublicUser = { id: admin.id, email: admin.email, role: admin.role, districtIds: [] };
    const exportsService = app.get(ExportsService);

    const formats = [
      { name: 'CSV', path: '/api/exports/entries.csv', sql: exportsService.entriesCsvSql({}, user, dialectOf(undefined)) },
      { name: 'GeoJSON', path: '/api/exports/entries.geojson', sql: exportsService.entriesGeoJsonSql({}, user) },
    ];
    const table: Record<string, string | number>[] = [];
    for (const f of formats) {
      // psql's \copy takes one line: the same statement, whitespace collapsed (no literal holds a run of spaces or a line break)
      const copy = `\\copy ${f.sql.replace(/\s+/g, ' ').replace(/^COPY /, '').replace(' TO STDOUT ', ` TO '${file}' `)}`;
      const api: { ms: number; bytes: number; rss: number }[] = [];
      const raw: { ms: number; bytes: number }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const a = await withRss(() => run('curl', ['-sS', '--fail', '-o', '/dev/null', '-w', '%{size_download}', '-H', `Authorization: Bearer ${token}`, base + f.path]));
        api.push({ ms: a.ms, bytes: Number(a.result), rss: a.rssGrowthMb });
        const p = await time(() => run(PSQL, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', copy]));
        raw.push({ ms: p.ms, bytes: statSync(file).size });
        console.log(`  ${f.name} round ${round + 1}: API ${Math.round(a.ms)} ms, ${(Number(a.result) / MB).toFixed(0)} MB, RSS +${a.rssGrowthMb.toFixed(1)} MB; psql ${Math.round(p.ms)} ms, ${(raw[round].bytes / MB).toFixed(0)} MB`);
      }
      const apiMs = percentile(api.map((a) => a.ms), 50);
      const rawMs = percentile(raw.map((r) => r.ms), 50);
      table.push({
        measure: `GET ${f.path} (${rows.toLocaleString('en')} entries)`,
        'median_s': (apiMs / 1000).toFixed(1),
        'rows/s': Math.round(rows / (apiMs / 1000)),
        MB: Math.round(api[0].bytes / MB),
        'MB/s': Math.round(api[0].bytes / MB / (apiMs / 1000)),
        'peak_RSS_growth_MB': Math.max(...api.map((a) => a.rss)).toFixed(1),
        'ratio_API/psql': (apiMs / rawMs).toFixed(2),
        targets: '≥ 150,000 rows/s, ≤ 2.00, ≤ 100 MB',
      });
      table.push({
        measure: `  psql \\copy of the same SELECT to a file`,
        'median_s': (rawMs / 1000).toFixed(1),
        'rows/s': Math.round(rows / (rawMs / 1000)),
        MB: Math.round(raw[0].bytes / MB),
        'MB/s': Math.round(raw[0].bytes / MB / (rawMs / 1000)),
        'peak_RSS_growth_MB': '',
        'ratio_API/psql': '',
        targets: '',
      });
    }
    report(table);
  } finally {
    try {
      unlinkSync(file);
    } catch {
      // never written
    }
    await pool.end();
    await stop();
  }
}
