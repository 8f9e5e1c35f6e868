import { MigrationInterface, QueryRunner } from 'typeorm';

/** When an agenda was last read or written (to a day): agendas unused for the retention period are pruned. */
export class AgendaLastUsed1764320020000 implements MigrationInterface {
  name = 'AgendaLastUsed1764320020000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE (the same on both databases): TypeORM's addColumn rebuilds a SQLite table,
    // which would drop the triggers that keep agenda_stars in step.
    await queryRunner.query('ALTER TABLE agendas ADD COLUMN last_used_at bigint');
    await queryRunner.query('UPDATE agendas SET last_used_at = updated_at');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE agendas DROP COLUMN last_used_at');
  }
}
