import { DataSource } from 'typeorm';
import { dialectOf } from '../database/dialect';
import { SessionInterest } from './interest';

/**
 * Stars per session: one GROUP BY over the (event_id, session_id) index of agenda_stars, joined
 * to the event's live sessions. Portable SQL; only the placeholders differ between dialects.
 */
export async function sessionInterest(dataSource: DataSource, eventId: string): Promise<SessionInterest[]> {
  const p = (index: number) => dialectOf(dataSource).param(index);
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT s.id, s.title, s.status, s.track_id, s.room_id, s.slot_id, s.starts_at, s.ends_at, s.expected_attendance, s.version,
            COALESCE(i.stars, 0) AS stars
     FROM sessions s
     LEFT JOIN (SELECT session_id, COUNT(*) AS stars FROM agenda_stars WHERE event_id = ${p(1)} GROUP BY session_id) i ON i.session_id = s.id
     WHERE s.event_id = ${p(2)} AND s.deleted_at IS NULL`,
    [eventId, eventId],
  );
  return rows.map((row) => ({
    id: String(row.id),
    title: String(row.title),
    status: String(row.status),
    trackId: nullableString(row.track_id),
    roomId: nullableString(row.room_id),
    slotId: nullableString(row.slot_id),
    start: nullableNumber(row.starts_at),
    end: nullableNumber(row.ends_at),
    expectedAttendance: nullableNumber(row.expected_attendance),
    version: Number(row.version),
    stars: Number(row.stars),
  }));
}

/**
 * All agendas of the event, and those that star at least one session. session_ids is written by
 * TypeORM's simple-json (JSON.stringify), so an agenda without stars holds exactly '[]'; comparing
 * that is a scan of one index range, where probing agenda_stars per agenda took 5 to 10 times longer.
 */
export async function agendaTotals(
  dataSource: DataSource,
  eventId: string,
): Promise<{ total: number; withStars: number }> {
  const p = (index: number) => dialectOf(dataSource).param(index);
  // COUNT and SUM: numbers on SQLite, strings (bigint) on PostgreSQL.
  const [row] = await dataSource.query<{ total: number | string; with_stars: number | string }[]>(
    `SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN session_ids <> '[]' THEN 1 ELSE 0 END), 0) AS with_stars
     FROM agendas WHERE event_id = ${p(1)}`,
    [eventId],
  );
  return { total: Number(row.total), withStars: Number(row.with_stars) };
}

const nullableString = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const nullableNumber = (value: unknown): number | null => (value == null ? null : Number(value));
