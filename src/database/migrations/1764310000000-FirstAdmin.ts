import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * The first administrator is claimed by inserting one row with a fixed key: however many
 * sign-ups race on an empty instance, the primary key lets exactly one of them through.
 * Setup codes (hashes only) let an instance reachable beyond loopback be claimed only by
 * whoever reads the server log.
 */
export class FirstAdmin1764310000000 implements MigrationInterface {
  name = 'FirstAdmin1764310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'instance_claims',
        columns: [
          { name: 'name', type: 'varchar', length: '40', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'claimed_at', type: 'bigint' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'setup_codes',
        columns: [
          { name: 'code_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'created_at', type: 'bigint' },
        ],
      }),
    );
    // An instance that already has an administrator is claimed.
    await queryRunner.query(
      "INSERT INTO instance_claims (name, user_id, claimed_at) SELECT 'first-admin', id, created_at FROM users WHERE is_admin ORDER BY created_at LIMIT 1",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('setup_codes');
    await queryRunner.dropTable('instance_claims');
  }
}
