import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export class ScheduleProposals1764305000000 implements MigrationInterface {
  name = 'ScheduleProposals1764305000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'schedule_proposals',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'event_id', type: 'varchar', length: '36' },
          { name: 'program_version', type: 'bigint' },
          { name: 'created_at', type: 'bigint' },
          { name: 'applied_at', type: 'bigint', isNullable: true },
          { name: 'options', type: 'text' },
          { name: 'placements', type: 'text' },
          { name: 'body', type: 'text' },
        ],
        foreignKeys: [
          {
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'IDX_schedule_proposals_event', columnNames: ['event_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('schedule_proposals');
  }
}
