import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** A move checks only its own room, track and speakers: the track's sessions need an index too. */
export class SessionTrackIndex1764530000000 implements MigrationInterface {
  name = 'SessionTrackIndex1764530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'sessions',
      new TableIndex({ name: 'IDX_sessions_track_start', columnNames: ['track_id', 'starts_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('sessions', 'IDX_sessions_track_start');
  }
}
