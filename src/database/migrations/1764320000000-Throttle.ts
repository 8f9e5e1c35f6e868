import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * Throttle state shared by every instance: claimed attempts per (hashed) bucket, and the
 * addresses each account logged in from (hashed), which skip the per-account login limit.
 */
export class Throttle1764320000000 implements MigrationInterface {
  name = 'Throttle1764320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'throttle_hits',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'bucket', type: 'varchar', length: '64' },
          { name: 'at', type: 'bigint' },
        ],
        indices: [{ name: 'IDX_throttle_hits_bucket_at', columnNames: ['bucket', 'at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'known_login_addresses',
        columns: [
          { name: 'account_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'address_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'last_success_at', type: 'bigint' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('known_login_addresses');
    await queryRunner.dropTable('throttle_hits');
  }
}
