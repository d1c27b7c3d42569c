/**
 * Triage throughput on one core (target ≥ 2,000 entries/s per core), on generated demo entries,
 * against a floor that only lower-cases each story (the least any text rule has to do).
 * Run: npm run bench -- triage
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../backend/src/config/app-config';
import { findDuplicate } from '../backend/src/moderation/triage/duplicates';
import { triageText } from '../backend/src/moderation/triage/triage';
import { generateEntries, ReferencePlace } from '../backend/src/seed/demo-data.generator';
import { report } from './support';

const N = 100_000;

export async function triageBench(): Promise<void> {
  const dir = join(loadConfig(process.env).districtsGeojson, '..');
  const places: ReferencePlace[] = JSON.parse(readFileSync(join(dir, 'dortmund-places.json'), 'utf8'));
  const entries = [...generateEntries({ count: N, seed: 7, places })];
  const chars = entries.reduce((n, e) => n + e.story.length, 0);

  let sink = 0;
  let start = performance.now();
  for (const e of entries) sink += e.story.toLowerCase().length;
  const floorMs = performance.now() - start;

  for (const e of entries.slice(0, 2000)) triageText(e); // warm up
  start = performance.now();
  let flagged = 0;
  for (const e of entries) if (triageText(e).length) flagged++;
  const triageMs = performance.now() - start;

  // the duplicate check of one entry against 50 earlier stories of its place (the most a busy place has within 200 m in the demo data)
  const byPlace = new Map<string, { id: string; story: string }[]>();
  for (const [i, e] of entries.entries()) {
    const list = byPlace.get(e.placeId) ?? [];
    if (list.length < 50) list.push({ id: String(i), story: e.story });
    byPlace.set(e.placeId, list);
  }
  const queries = entries.slice(-5000).filter((e) => byPlace.get(e.placeId)!.length === 50);
  start = performance.now();
  for (const e of queries) findDuplicate(e.story, byPlace.get(e.placeId)!);
  const dupUs = ((performance.now() - start) * 1000) / queries.length;

  const rate = Math.round(N / (triageMs / 1000));
  report([
    { measure: `triageText over ${N} entries (${Math.round(chars / N)} chars avg)`, ms: Math.round(triageMs), 'entries/s': rate, target: '≥ 2000/s per core' },
    { measure: 'floor: toLowerCase of each story', ms: Math.round(floorMs), 'entries/s': Math.round(N / (floorMs / 1000)), target: '' },
    { measure: 'ratio triage / floor', ms: Number((triageMs / floorMs).toFixed(1)), 'entries/s': '', target: '' },
    { measure: `findDuplicate: one entry against 50 candidates (${queries.length} entries)`, ms: `${dupUs.toFixed(0)} µs each`, 'entries/s': Math.round(1e6 / dupUs), target: '≪ 1 ms' },
    { measure: 'entries flagged', ms: '', 'entries/s': `${((100 * flagged) / N).toFixed(1)} %`, target: '≈ 5 % problems in the data' },
  ]);
  if (sink < 0) console.log(sink);
}
