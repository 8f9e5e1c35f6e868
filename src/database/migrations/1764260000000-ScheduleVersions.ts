import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export class ScheduleVersions1764260000000 implements MigrationInterface {
  name = 'ScheduleVersions1764260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'schedule_versions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'event_id', type: 'varchar', length: '36' },
          { name: 'number', type: 'integer' },
          { name: 'name', type: 'varchar', length: '100', isNullable: true },
          { name: 'published_at', type: 'bigint' },
          { name: 'published_by', type: 'varchar', length: '254' },
          { name: 'program_version', type: 'bigint' },
          { name: 'snapshot', type: 'text' },
          { name: 'changes', type: 'text' },
        ],
        foreignKeys: [
          {
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'IDX_schedule_versions_event_number', columnNames: ['event_id', 'number'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('schedule_versions');
  }
}
