import { SeedService } from '../backend/src/seed/seed.service';

type Query = (sql: string, params?: unknown[]) => Promise<any[]>;

/** Copied from the generated rows; id, version, claims and external ids take their defaults. */
const COPIED = 'place_name, story, address, lon, lat, district_id, h3_r7, h3_r8, h3_r9, status, flags, themes, place_id, channel, first_name, submitted_at, updated_at';

/**
 * Fills `entries` up to `target` rows quickly: `generated` rows come from the bulk loader (generator,
 * point-in-polygon, triage, themes, places, COPY, as `npm run seed`), the rest are copies of them
 * made by one INSERT … SELECT (new ids, submission times shifted by seconds), so that sizes and the
 * mix of texts, statuses and flags stay those of generated data. On this 2-core machine the loader
 * manages 1,000–6,000 rows/s, depending on what else runs; the copies run at ≈ 50,000 rows/s.
 * The GIN indexes (text search, themes) are dropped around the load as docs/performance.md
 * describes and re-created only when `recreateIndexes` is set (the exports do not use them).
 */
export async function fillEntries(
  query: Query,
  seed: SeedService,
  { target, generated, recreateIndexes, log = () => undefined }: { target: number; generated: number; recreateIndexes: boolean; log?: (line: string) => void },
): Promise<void> {
  const count = async () => (await query(`SELECT count(*)::int AS n FROM entries`))[0].n as number;
  const existing = await count();
  if (existing >= target) return;
  const indexes: { indexname: string; indexdef: string }[] = await query(`SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN ('ix_entries_text_trgm', 'ix_entries_themes')`);
  for (const index of indexes) await query(`DROP INDEX ${index.indexname}`);
  const toGenerate = Math.max(0, Math.min(generated, target) - existing);
  if (toGenerate) {
    const start = Date.now();
    await seed.seedEntries({ count: toGenerate, onProgress: (d, c) => d % 50_000 === 0 && log(`  generated ${d} of ${c}`) });
    log(`  generated ${toGenerate} entries with the bulk loader in ${Math.round((Date.now() - start) / 1000)} s`);
  }
  const present = await count();
  const missing = target - present;
  if (missing > 0) {
    const start = Date.now();
    const copies = Math.ceil(missing / present);
    await query(
      `INSERT INTO entries (${COPIED})
       SELECT ${COPIED.replace('submitted_at, updated_at', "submitted_at + g * interval '1 second', updated_at + g * interval '1 second'")}
         FROM (SELECT * FROM entries ORDER BY id) e CROSS JOIN generate_series(1, ${copies}) g
        LIMIT ${missing}`,
    );
    log(`  copied ${missing} entries with INSERT … SELECT in ${Math.round((Date.now() - start) / 1000)} s`);
  }
  if (recreateIndexes) {
    const start = Date.now();
    for (const index of indexes) await query(index.indexdef);
    log(`  re-created ${indexes.map((i) => i.indexname).join(', ')} in ${Math.round((Date.now() - start) / 1000)} s`);
  }
  await query(`VACUUM ANALYZE entries`);
}
