import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dialectOf } from '../dialect';

const ref = (name: string) => ({ name, type: 'varchar', length: '36' });
const day = { name: 'day', type: 'varchar', length: '10' };
const feed = [
  { name: 'feed_kind', type: 'varchar', length: '10' },
  { name: 'feed_id', type: 'varchar', length: '36', default: "''" },
];
const cascade = (column: string, table: string) => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete: 'CASCADE',
});

/**
 * Insights: `agenda_stars` (one row per starred session, kept in step with agendas.session_ids by
 * database triggers, so every write path is covered: REST, restores, raw inserts) and the feed
 * reach tables (daily aggregates; raw client keys and the day's salt only until the day is over).
 */
export class Insights1764290000000 implements MigrationInterface {
  name = 'Insights1764290000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'agenda_stars',
        columns: [{ ...ref('agenda_id'), isPrimary: true }, { ...ref('session_id'), isPrimary: true }, ref('event_id')],
        foreignKeys: [cascade('agenda_id', 'agendas')],
        indices: [{ name: 'IDX_agenda_stars_event_session', columnNames: ['event_id', 'session_id'] }],
      }),
    );
    await createStarTriggers(queryRunner);
    await backfillAgendaStars(queryRunner);

    await queryRunner.createTable(
      new Table({
        name: 'feed_reach_daily',
        columns: [
          { ...ref('event_id'), isPrimary: true },
          { ...day, isPrimary: true },
          ...feed.map((column) => ({ ...column, isPrimary: true })),
          { name: 'fetches', type: 'integer', default: 0 },
          { name: 'not_modified', type: 'integer', default: 0 },
          { name: 'subscribers', type: 'integer', default: 0 },
        ],
        foreignKeys: [cascade('event_id', 'events')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'feed_reach_clients',
        columns: [
          { ...day, isPrimary: true },
          { ...ref('event_id'), isPrimary: true },
          ...feed.map((column) => ({ ...column, isPrimary: true })),
          { name: 'client_hash', type: 'varchar', length: '64', isPrimary: true },
        ],
        foreignKeys: [cascade('event_id', 'events')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'feed_reach_salts',
        columns: [
          { ...day, isPrimary: true },
          { name: 'salt', type: 'varchar', length: '64' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('feed_reach_salts');
    await queryRunner.dropTable('feed_reach_clients');
    await queryRunner.dropTable('feed_reach_daily');
    if (isPostgres(queryRunner)) {
      await queryRunner.query('DROP TRIGGER IF EXISTS agenda_stars_sync ON agendas');
      await queryRunner.query('DROP FUNCTION IF EXISTS agenda_stars_sync()');
    } else {
      await queryRunner.query('DROP TRIGGER IF EXISTS agenda_stars_after_insert');
      await queryRunner.query('DROP TRIGGER IF EXISTS agenda_stars_after_update');
    }
    await queryRunner.dropTable('agenda_stars');
  }
}

const isPostgres = (queryRunner: QueryRunner) => dialectOf(queryRunner.connection).name === 'postgres';

/** Expands `session_ids` (a JSON array) of the agenda rows named by `source` into (agenda, session, event) rows. */
function expandStars(queryRunner: QueryRunner, source: string, alias: string): string {
  return isPostgres(queryRunner)
    ? `SELECT ${alias}.id, lower(j.value), ${alias}.event_id FROM ${source} CROSS JOIN LATERAL jsonb_array_elements_text(${alias}.session_ids::jsonb) AS j(value)`
    : `SELECT ${alias}.id, lower(j.value), ${alias}.event_id FROM ${source}, json_each(${alias}.session_ids) AS j WHERE j.type = 'text'`;
}

async function createStarTriggers(queryRunner: QueryRunner): Promise<void> {
  if (isPostgres(queryRunner)) {
    await queryRunner.query(`
      CREATE FUNCTION agenda_stars_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN DELETE FROM agenda_stars WHERE agenda_id = OLD.id; END IF;
        INSERT INTO agenda_stars (agenda_id, session_id, event_id)
          SELECT NEW.id, lower(j.value), NEW.event_id FROM jsonb_array_elements_text(NEW.session_ids::jsonb) AS j(value)
          ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER agenda_stars_sync AFTER INSERT OR UPDATE OF session_ids, event_id ON agendas
      FOR EACH ROW EXECUTE FUNCTION agenda_stars_sync()`);
    return;
  }
  const insertNew = `INSERT OR IGNORE INTO agenda_stars (agenda_id, session_id, event_id)
    SELECT NEW.id, lower(j.value), NEW.event_id FROM json_each(NEW.session_ids) AS j WHERE j.type = 'text';`;
  await queryRunner.query(`CREATE TRIGGER agenda_stars_after_insert AFTER INSERT ON agendas BEGIN ${insertNew} END`);
  await queryRunner.query(`CREATE TRIGGER agenda_stars_after_update AFTER UPDATE OF session_ids, event_id ON agendas BEGIN
    DELETE FROM agenda_stars WHERE agenda_id = OLD.id; ${insertNew} END`);
}

/** Stars of agendas written before this migration (idempotent). */
export async function backfillAgendaStars(queryRunner: QueryRunner): Promise<void> {
  const rows = expandStars(queryRunner, 'agendas a', 'a');
  await queryRunner.query(
    isPostgres(queryRunner)
      ? `INSERT INTO agenda_stars (agenda_id, session_id, event_id) ${rows} ON CONFLICT DO NOTHING`
      : `INSERT OR IGNORE INTO agenda_stars (agenda_id, session_id, event_id) ${rows}`,
  );
}
