/** npm run bench [-- name ...]: runs the named benchmarks (all by default) and prints their tables. */
import { analyticsBench } from './analytics.bench';
import { exportsBench } from './exports.bench';
import { moderationBench } from './moderation.bench';
import { triageBench } from './triage.bench';

const BENCHES: Record<string, () => Promise<void>> = {
  triage: triageBench,
  moderation: moderationBench,
  analytics: analyticsBench,
  exports: exportsBench,
};

async function main(): Promise<void> {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const name of names.length ? names : Object.keys(BENCHES)) {
    const bench = BENCHES[name];
    if (!bench) throw new Error(`Unknown benchmark "${name}"; known: ${Object.keys(BENCHES).join(', ')}`);
    console.log(`\n== ${name}`);
    await bench();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
