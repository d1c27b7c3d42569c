/**
 * Throughput of the theme classifier over demo-generator stories (no assertions; run by hand):
 *
 *   npx tsc --outDir /tmp/classify-speed --rootDir . --module commonjs --target es2022 --skipLibCheck \
 *     --resolveJsonModule --esModuleInterop --types node backend/src/analytics/themes/classify-speed.ts
 *   node /tmp/classify-speed/backend/src/analytics/themes/classify-speed.js 200000
 *
 * Prints stories per second by wall clock and by CPU time of this process (the CPU figure is the
 * one-core rate and is not distorted by other load on the machine). Round 1 includes filling the
 * per-word cache.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateEntries, ReferencePlace } from '../../seed/demo-data.generator';
import { classify, compileCodebook } from './classifier';

export interface SpeedRound {
  stories: number;
  wallSeconds: number;
  cpuSeconds: number;
  perSecondWall: number;
  perSecondCpu: number;
  themesPerStory: number;
}

export function measureClassifySpeed(stories: readonly string[], rounds = 3): SpeedRound[] {
  const cb = compileCodebook();
  const out: SpeedRound[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    let themes = 0;
    for (const s of stories) themes += classify(s, cb).length;
    const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cu = process.cpuUsage(c0);
    const cpuSeconds = (cu.user + cu.system) / 1e6;
    out.push({
      stories: stories.length,
      wallSeconds,
      cpuSeconds,
      perSecondWall: stories.length / wallSeconds,
      perSecondCpu: stories.length / cpuSeconds,
      themesPerStory: themes / stories.length,
    });
  }
  return out;
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 100_000);
  const dataDir = process.env.DORTMUND_DATA_DIR ?? path.resolve(process.cwd(), '../shared/data/dortmund');
  const places: ReferencePlace[] = JSON.parse(readFileSync(path.join(dataDir, 'dortmund-places.json'), 'utf8'));
  const stories = Array.from(generateEntries({ count: n, places }), (e) => e.story);
  const chars = stories.reduce((a, s) => a + s.length, 0);
  console.log(`${n} demo stories, ${(chars / n).toFixed(0)} characters on average`);
  for (const [i, r] of measureClassifySpeed(stories).entries()) {
    console.log(
      `round ${i + 1}: wall ${r.wallSeconds.toFixed(2)} s = ${Math.round(r.perSecondWall)} stories/s; ` +
        `cpu ${r.cpuSeconds.toFixed(2)} s = ${Math.round(r.perSecondCpu)} stories/s; ${r.themesPerStory.toFixed(2)} themes/story`,
    );
  }
}
