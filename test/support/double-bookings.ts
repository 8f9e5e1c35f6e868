import { DataSource } from 'typeorm';

export interface DoubleBooking {
  kind: 'room' | 'speaker';
  first: string;
  second: string;
}

const LIVE = (alias: string) =>
  `${alias}.status <> 'cancelled' AND ${alias}.deleted_at IS NULL AND ${alias}.starts_at IS NOT NULL`;

/**
 * Every pair of live sessions of the event that share a room or a speaker and overlap in time
 * (half-open intervals), read straight from the tables: what the API promised never to store.
 * Written in plain SQL that SQLite and PostgreSQL both run, independent of the app's own rules.
 */
export async function findDoubleBookings(dataSource: DataSource, eventId: string): Promise<DoubleBooking[]> {
  const param = dataSource.options.type === 'postgres' ? '$1' : '?';
  const rooms: { first: string; second: string }[] = await dataSource.query(
    `SELECT a.id AS first, b.id AS second FROM sessions a JOIN sessions b
       ON a.room_id = b.room_id AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
     WHERE a.event_id = ${param} AND ${LIVE('a')} AND ${LIVE('b')}`,
    [eventId],
  );
  const speakers: { first: string; second: string }[] = await dataSource.query(
    `SELECT a.id AS first, b.id AS second FROM sessions a
       JOIN session_speakers sa ON sa.session_id = a.id
       JOIN session_speakers sb ON sb.speaker_id = sa.speaker_id AND sb.session_id > a.id
       JOIN sessions b ON b.id = sb.session_id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
     WHERE a.event_id = ${param} AND ${LIVE('a')} AND ${LIVE('b')}`,
    [eventId],
  );
  return [
    ...rooms.map((row) => ({ kind: 'room' as const, ...row })),
    ...speakers.map((row) => ({ kind: 'speaker' as const, ...row })),
  ];
}
