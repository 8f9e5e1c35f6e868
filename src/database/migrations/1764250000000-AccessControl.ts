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

/** Accounts, per-event roles, login sessions, API tokens and the audit log. */
export class AccessControl1764250000000 implements MigrationInterface {
  name = 'AccessControl1764250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          id,
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'password_hash', type: 'varchar', length: '300' },
          { name: 'is_admin', type: 'boolean', default: false },
          instant('created_at'),
        ],
        uniques: [{ name: 'UQ_users_email', columnNames: ['email'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'event_members',
        columns: [
          { ...ref('event_id'), isPrimary: true },
          { ...ref('user_id'), isPrimary: true },
          { name: 'role', type: 'varchar', length: '10' },
        ],
        foreignKeys: [cascade('event_id', 'events'), cascade('user_id', 'users')],
        indices: [{ name: 'IDX_event_members_user', columnNames: ['user_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'login_sessions',
        columns: [
          id,
          { name: 'secret_hash', type: 'varchar', length: '64' },
          ref('user_id'),
          instant('created_at'),
          instant('last_seen_at'),
          instant('absolute_expires_at'),
          instant('revoked_at', true),
        ],
        uniques: [{ name: 'UQ_login_sessions_secret', columnNames: ['secret_hash'] }],
        foreignKeys: [cascade('user_id', 'users')],
        indices: [{ name: 'IDX_login_sessions_user', columnNames: ['user_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'api_tokens',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'prefix', type: 'varchar', length: '16' },
          { name: 'secret_hash', type: 'varchar', length: '64' },
          { name: 'scopes', type: 'text' },
          ref('event_id', true),
          ref('user_id'),
          instant('created_at'),
          instant('expires_at', true),
          instant('last_used_at', true),
        ],
        uniques: [{ name: 'UQ_api_tokens_secret', columnNames: ['secret_hash'] }],
        foreignKeys: [cascade('user_id', 'users'), cascade('event_id', 'events')],
        indices: [{ name: 'IDX_api_tokens_user', columnNames: ['user_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          id,
          ref('event_id', true),
          instant('at'),
          { name: 'actor_type', type: 'varchar', length: '10' },
          ref('actor_id'),
          { name: 'actor_name', type: 'varchar', length: '254' },
          { name: 'method', type: 'varchar', length: '10' },
          { name: 'route', type: 'varchar', length: '200' },
          { name: 'entity', type: 'varchar', length: '40' },
          ref('entity_id', true),
          { name: 'status', type: 'integer' },
          { name: 'changes', type: 'text', isNullable: true },
          { name: 'request_id', type: 'varchar', length: '64' },
        ],
        foreignKeys: [cascade('event_id', 'events')],
        indices: [{ name: 'IDX_audit_log_event_at', columnNames: ['event_id', 'at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'api_tokens', 'login_sessions', 'event_members', 'users'])
      await queryRunner.dropTable(table);
  }
}
