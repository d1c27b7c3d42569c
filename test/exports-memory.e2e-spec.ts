/**
 * The entry exports stream: 100,000 entries go out as CSV and as GeoJSON through HTTP while the
 * process's memory stays flat. The client counts rows on the fly and keeps nothing; RSS and heap are
 * sampled during each transfer. Server and client share this process, so the growth covers both.
 */
import { request as httpRequest } from 'node:http';
import { SeedService } from '../backend/src/seed/seed.service';
import { fillEntries } from '../bench/fill-entries';
import { startTestApp, TestApp } from './support/test-app';

const ENTRIES = 100_000;
const MB = 1024 * 1024;
/**
 * The bounds: RSS grows less than 100 MB and less than the export itself, the JS heap less than 40 MB
 * and less than half of it. Rows collected as strings would grow the heap, as buffers the RSS, as
 * entity objects both, each by at least the export's size (checked to be over 30 MB).
 */
const MAX_RSS_GROWTH_MB = 100;
const MAX_HEAP_GROWTH_MB = 40;

function expectFlat(r: Transfer) {
  const exportMb = r.bytes / MB;
  expect(exportMb).toBeGreaterThan(30);
  expect(r.rssGrowthMb).toBeLessThan(Math.min(MAX_RSS_GROWTH_MB, exportMb));
  expect(r.heapGrowthMb).toBeLessThan(Math.min(MAX_HEAP_GROWTH_MB, exportMb / 2));
}

interface Transfer {
  bytes: number;
  rows: number;
  ms: number;
  rssGrowthMb: number;
  heapGrowthMb: number;
  samples: number;
  tail: string;
}

describe('exports memory (100,000 entries)', () => {
  let t: TestApp;
  let total: number;

  beforeAll(async () => {
    t = await startTestApp();
    // 10,000 entries from the bulk loader, multiplied in SQL to 100,000: the loader alone takes minutes on 2 busy cores
    await fillEntries(t.db, t.app.get(SeedService), { target: ENTRIES, generated: 10_000, recreateIndexes: false });
    [{ n: total }] = await t.db(`SELECT count(*)::int AS n FROM entries`);
  }, 120_000);
  afterAll(() => t.close());

  /** GETs the export, counting with `count` per chunk and keeping only the last few bytes; samples memory every 10 ms. */
  function transfer(path: string, count: (chunk: Buffer) => number): Promise<Transfer> {
    const base = { rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed };
    let peakRss = base.rss;
    let peakHeap = base.heap;
    let samples = 0;
    const sample = () => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
      samples++;
    };
    const timer = setInterval(sample, 10);
    const start = performance.now();
    return new Promise<Transfer>((resolve, reject) => {
      const req = httpRequest(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${t.token}` } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`${path}: ${res.statusCode}`));
        let bytes = 0;
        let rows = 0;
        let tail = Buffer.alloc(0);
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          rows += count(chunk);
          tail = Buffer.concat([tail, chunk]).subarray(-16);
          if (samples % 8 === 0) sample();
        });
        res.on('error', reject);
        res.on('end', () => {
          clearInterval(timer);
          sample();
          resolve({ bytes, rows, ms: performance.now() - start, rssGrowthMb: (peakRss - base.rss) / MB, heapGrowthMb: (peakHeap - base.heap) / MB, samples, tail: tail.toString('utf8') });
        });
      });
      req.on('error', reject);
      req.end();
    });
  }

  function print(name: string, r: Transfer) {
    console.log(
      `${name}: ${r.rows} rows, ${(r.bytes / MB).toFixed(1)} MB in ${Math.round(r.ms)} ms (${Math.round(r.rows / (r.ms / 1000))} rows/s); ` +
        `peak growth RSS ${r.rssGrowthMb.toFixed(1)} MB, heapUsed ${r.heapGrowthMb.toFixed(1)} MB (${r.samples} samples)`,
    );
  }

  it('streams them as CSV with flat memory', async () => {
    // records end with CRLF outside quotes (a quoted story may hold line breaks): a small state machine over the bytes
    let quoted = false;
    const r = await transfer('/api/exports/entries.csv', (chunk) => {
      let records = 0;
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        if (b === 0x22) quoted = !quoted;
        else if (b === 0x0a && !quoted) records++;
      }
      return records;
    });
    print('CSV', r);
    expect(total).toBeGreaterThanOrEqual(ENTRIES);
    expect(r.rows).toBe(total + 1); // the header
    expect(r.tail.endsWith('\r\n')).toBe(true);
    expectFlat(r);
  });

  it('streams them as GeoJSON with flat memory', async () => {
    // one feature per line between the opening and the closing line; JSON strings never hold a raw LF
    const r = await transfer('/api/exports/entries.geojson', (chunk) => {
      let n = 0;
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) n++;
      return n;
    });
    print('GeoJSON', r);
    expect(r.rows - 2).toBe(total);
    expect(r.tail.endsWith(']}\n')).toBe(true);
    expectFlat(r);
  });
});
