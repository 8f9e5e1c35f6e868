import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Roles offered to e-mail addresses, turned into memberships when the account first uses them. */
export class EventInvitations1764320010000 implements MigrationInterface {
  name = 'EventInvitations1764320010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'event_invitations',
        columns: [
          { name: 'event_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'email', type: 'varchar', length: '254', isPrimary: true },
          { name: 'role', type: 'varchar', length: '10' },
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
        indices: [{ name: 'IDX_event_invitations_email', columnNames: ['email'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('event_invitations');
  }
}
