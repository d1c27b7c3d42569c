import { MigrationInterface, QueryRunner } from 'typeorm';

export class Import1764100000000 implements MigrationInterface {
  name = 'Import1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // The id an entry had in the file it was imported from (a festival card's number); imports are idempotent by it.
    await q.query(`ALTER TABLE entries ADD COLUMN external_id text`);
    await q.query(`ALTER TABLE entries ADD CONSTRAINT ck_entries_external_id CHECK (external_id IS NULL OR length(external_id) BETWEEN 1 AND 100)`);
    await q.query(`CREATE UNIQUE INDEX uq_entries_external_id ON entries (external_id) WHERE external_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX uq_entries_external_id`);
    await q.query(`ALTER TABLE entries DROP CONSTRAINT ck_entries_external_id`);
    await q.query(`ALTER TABLE entries DROP COLUMN external_id`);
  }
}
