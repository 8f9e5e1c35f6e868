import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export class ProgramChanges1764350000000 implements MigrationInterface {
  name = 'ProgramChanges1764350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'program_changes',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'event_id', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'entity_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'session_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'actor_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: 'bigint' },
        ],
        foreignKeys: [
          {
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'IDX_program_changes_event_id', columnNames: ['event_id', 'id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('program_changes');
  }
}
