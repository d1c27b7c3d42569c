import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reads that must stay fast at a million entries.
 * The duplicate check (submissions, imports) takes the newest entries of each H3 res-8 cell around a pin:
 * a short backward scan of (h3_r8, submitted_at) per cell, instead of sorting every entry of the cells.
 * The district report: its theme, place and weekly queries read only this index
 * (index-only scans, no story text from the heap), and its quotes come from a partial index in the
 * report's own order (md5 of the id), so picking four no longer sorts every approved story of the district.
 */
export class ReadIndexes1764200000000 implements MigrationInterface {
  name = 'ReadIndexes1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // ix_entries_h3_r8 stays: deduplicated, it is a third of this one's size, and the heat map's GROUP BY reads it whole
    await q.query(`CREATE INDEX ix_entries_h3_r8_submitted ON entries (h3_r8, submitted_at)`);
    await q.query(`DROP INDEX ix_entries_district_approved_submitted`);
    await q.query(`CREATE INDEX ix_entries_district_approved ON entries (district_id, submitted_at) INCLUDE (themes, place_id) WHERE status = 'approved'`);
    await q.query(
      `CREATE INDEX ix_entries_report_quotes ON entries (district_id, md5(id::text))
        WHERE status = 'approved' AND jsonb_array_length(flags) = 0 AND char_length(story) BETWEEN 60 AND 320`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_entries_report_quotes`);
    await q.query(`DROP INDEX ix_entries_district_approved`);
    await q.query(`CREATE INDEX ix_entries_district_approved_submitted ON entries (district_id, submitted_at) WHERE status = 'approved'`);
    await q.query(`DROP INDEX ix_entries_h3_r8_submitted`);
  }
}
