import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKeyOptions } from 'typeorm';

const id = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true });
const ref = (name: string, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable,
});
const text = (name: string, length?: number, isNullable = true): TableColumnOptions =>
  length ? { name, type: 'varchar', length: String(length), isNullable } : { name, type: 'text', isNullable };
const int = (name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'integer',
  ...options,
});
const instant = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable });
const version = int('version', { default: 1 });
const cascadeTo = (table: string, column: string, onDelete = 'CASCADE'): TableForeignKeyOptions => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete,
});

/** The program model: events and everything a program is built from. Dialect-neutral (Table API). */
export class ProgramModel1764220000000 implements MigrationInterface {
  name = 'ProgramModel1764220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'events',
        columns: [
          id(),
          text('slug', 120, false),
          text('name', 300, false),
          text('timezone', 64, false),
          text('start_date', 10, false),
          text('end_date', 10, false),
          text('venue', 300),
          text('description'),
          { name: 'status', type: 'varchar', length: '16', default: "'draft'" },
          version,
          { name: 'program_version', type: 'bigint', default: 1 },
          instant('created_at'),
          instant('updated_at'),
        ],
        uniques: [{ name: 'UQ_events_slug', columnNames: ['slug'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'tracks',
        columns: [id(), ref('event_id'), text('name', 200, false), text('color', 7), text('description'), version],
        foreignKeys: [cascadeTo('events', 'event_id')],
        indices: [{ name: 'IDX_tracks_event', columnNames: ['event_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rooms',
        columns: [
          id(),
          ref('event_id'),
          text('name', 200, false),
          int('capacity', { isNullable: true }),
          int('position', { default: 0 }),
          version,
        ],
        foreignKeys: [cascadeTo('events', 'event_id')],
        indices: [{ name: 'IDX_rooms_event', columnNames: ['event_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'time_slots',
        columns: [
          id(),
          ref('event_id'),
          instant('starts_at'),
          instant('ends_at'),
          text('kind', 16, false),
          text('label', 200),
          version,
        ],
        foreignKeys: [cascadeTo('events', 'event_id')],
        indices: [{ name: 'IDX_time_slots_event_start', columnNames: ['event_id', 'starts_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'speakers',
        columns: [
          id(),
          ref('event_id'),
          text('name', 200, false),
          text('affiliation', 300),
          text('bio'),
          text('email', 254),
          text('availability'),
          version,
        ],
        foreignKeys: [cascadeTo('events', 'event_id')],
        indices: [{ name: 'IDX_speakers_event', columnNames: ['event_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          id(),
          ref('event_id'),
          text('title', 300, false),
          text('subtitle', 300),
          text('abstract'),
          text('type', 20, false),
          { name: 'status', type: 'varchar', length: '12', default: "'confirmed'" },
          ref('track_id', true),
          ref('room_id', true),
          ref('slot_id', true),
          instant('starts_at', true),
          instant('ends_at', true),
          int('duration_minutes', { isNullable: true }),
          text('language', 35),
          int('expected_attendance', { isNullable: true }),
          { name: 'pinned', type: 'boolean', default: false },
          version,
          int('sequence', { default: 0 }),
          instant('created_at'),
          instant('updated_at'),
          instant('deleted_at', true),
        ],
        foreignKeys: [
          cascadeTo('events', 'event_id'),
          cascadeTo('tracks', 'track_id', 'SET NULL'),
          cascadeTo('rooms', 'room_id', 'SET NULL'),
          cascadeTo('time_slots', 'slot_id', 'SET NULL'),
        ],
        indices: [
          { name: 'IDX_sessions_event_start', columnNames: ['event_id', 'starts_at'] },
          { name: 'IDX_sessions_room_start', columnNames: ['room_id', 'starts_at'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'session_speakers',
        columns: [id('session_id'), id('speaker_id'), text('role', 12, false), int('position')],
        foreignKeys: [cascadeTo('sessions', 'session_id'), cascadeTo('speakers', 'speaker_id')],
        indices: [{ name: 'IDX_session_speakers_speaker', columnNames: ['speaker_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'presentations',
        columns: [
          id(),
          ref('session_id'),
          text('title', 300, false),
          text('authors', undefined, false),
          instant('starts_at'),
          instant('ends_at'),
          text('abstract'),
          int('position'),
          version,
        ],
        foreignKeys: [cascadeTo('sessions', 'session_id')],
        indices: [{ name: 'IDX_presentations_session', columnNames: ['session_id', 'position'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'presentations',
      'session_speakers',
      'sessions',
      'speakers',
      'time_slots',
      'rooms',
      'tracks',
      'events',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
