import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { dialectOf } from '../dialect';

/** What the versions list shows, stored beside each version instead of parsed out of its snapshot. */
export class VersionCounts1764311000000 implements MigrationInterface {
  name = 'VersionCounts1764311000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('schedule_versions', [
      new TableColumn({ name: 'session_count', type: 'integer', default: 0 }),
      new TableColumn({ name: 'change_count', type: 'integer', default: 0 }),
    ]);
    const postgres = dialectOf(queryRunner.connection).name === 'postgres';
    const rows = (await queryRunner.query('SELECT id, snapshot, changes FROM schedule_versions')) as {
      id: string;
      snapshot: string;
      changes: string;
    }[];
    for (const row of rows) {
      const sessions = (JSON.parse(row.snapshot) as { sessions: unknown[] }).sessions.length;
      const changes = Object.values(JSON.parse(row.changes) as Record<string, unknown[]>).reduce(
        (sum, list) => sum + list.length,
        0,
      );
      await queryRunner.query(
        postgres
          ? 'UPDATE schedule_versions SET session_count = $1, change_count = $2 WHERE id = $3'
          : 'UPDATE schedule_versions SET session_count = ?, change_count = ? WHERE id = ?',
        [sessions, changes, row.id],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('schedule_versions', 'change_count');
    await queryRunner.dropColumn('schedule_versions', 'session_count');
  }
}
