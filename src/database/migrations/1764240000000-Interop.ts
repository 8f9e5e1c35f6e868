import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fields the frab/c3voc format carries: a stable integer id per session, the source file's guids,
 * a long description beside the abstract, links and a URL. Plain ALTER TABLE ADD COLUMN works the
 * same on SQLite and PostgreSQL (and, unlike TypeORM's SQLite table rebuild, never drops a table
 * that others reference with ON DELETE CASCADE).
 */
export class Interop1764240000000 implements MigrationInterface {
  name = 'Interop1764240000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      'ALTER TABLE sessions ADD COLUMN numeric_id integer',
      'ALTER TABLE sessions ADD COLUMN external_id varchar(100)',
      'ALTER TABLE sessions ADD COLUMN description text',
      'ALTER TABLE sessions ADD COLUMN links text',
      'ALTER TABLE sessions ADD COLUMN url varchar(500)',
      'ALTER TABLE speakers ADD COLUMN external_id varchar(100)',
      'ALTER TABLE rooms ADD COLUMN external_id varchar(100)',
      'UPDATE sessions SET numeric_id = (SELECT COUNT(*) FROM sessions s2 WHERE s2.event_id = sessions.event_id AND s2.id <= sessions.id)',
      'CREATE INDEX IDX_sessions_event_external ON sessions (event_id, external_id)',
      'CREATE INDEX IDX_speakers_event_external ON speakers (event_id, external_id)',
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX IDX_speakers_event_external');
    await queryRunner.query('DROP INDEX IDX_sessions_event_external');
    for (const [table, column] of [
      ['rooms', 'external_id'],
      ['speakers', 'external_id'],
      ['sessions', 'url'],
      ['sessions', 'links'],
      ['sessions', 'description'],
      ['sessions', 'external_id'],
      ['sessions', 'numeric_id'],
    ]) {
      await queryRunner.dropColumn(table, column);
    }
  }
}
