import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export class Agendas1764230000000 implements MigrationInterface {
  name = 'Agendas1764230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'agendas',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'event_id', type: 'varchar', length: '36' },
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'session_ids', type: 'text' },
          { name: 'version', type: 'integer', default: 1 },
          { name: 'created_at', type: 'bigint' },
          { name: 'updated_at', type: 'bigint' },
        ],
        uniques: [{ name: 'UQ_agendas_token_hash', columnNames: ['token_hash'] }],
        foreignKeys: [
          {
            columnNames: ['event_id'],
            referencedTableName: 'events',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'IDX_agendas_event', columnNames: ['event_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('agendas');
  }
}
