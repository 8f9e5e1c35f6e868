import { MigrationInterface, QueryRunner, Table } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const ref = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
const instant = (name: string, isNullable = false) => ({ name, type: 'bigint', isNullable });
const cascade = (column: string, table: string) => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete: 'CASCADE',
});

/** Webhook endpoints per event and their delivery outbox. */
export class Webhooks1764270000000 implements MigrationInterface {
  name = 'Webhooks1764270000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'webhooks',
        columns: [
          id,
          ref('event_id'),
          { name: 'url', type: 'varchar', length: '2000' },
          { name: 'events', type: 'text' },
          { name: 'secret', type: 'varchar', length: '200' },
          { name: 'active', type: 'boolean', default: true },
          { name: 'description', type: 'varchar', length: '200', isNullable: true },
          { name: 'version', type: 'integer' },
          instant('created_at'),
          instant('updated_at'),
        ],
        foreignKeys: [cascade('event_id', 'events')],
        indices: [{ name: 'IDX_webhooks_event', columnNames: ['event_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webhook_deliveries',
        columns: [
          id,
          ref('webhook_id'),
          ref('event_id'),
          { name: 'type', type: 'varchar', length: '40' },
          ref('message_id'),
          { name: 'body', type: 'text' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'attempts', type: 'integer' },
          instant('next_attempt_at'),
          instant('locked_until', true),
          instant('last_attempt_at', true),
          { name: 'last_status', type: 'integer', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '500', isNullable: true },
          { name: 'duration_ms', type: 'integer', isNullable: true },
          instant('delivered_at', true),
          ref('redelivery_of', true),
          instant('created_at'),
        ],
        foreignKeys: [cascade('webhook_id', 'webhooks')],
        indices: [
          { name: 'IDX_webhook_deliveries_due', columnNames: ['status', 'next_attempt_at'] },
          { name: 'IDX_webhook_deliveries_webhook', columnNames: ['webhook_id', 'created_at'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('webhook_deliveries');
    await queryRunner.dropTable('webhooks');
  }
}
