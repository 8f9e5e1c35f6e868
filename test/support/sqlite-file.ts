import { Database } from 'sqlite3';

/** A SQLite file opened directly through the driver, independent of the app (after a crash, or a backup copy). */
export class SqliteFile {
  private constructor(private readonly db: Database) {}

  static open(path: string): Promise<SqliteFile> {
    return new Promise((ok, fail) => {
      const db = new Database(path, (error) => (error ? fail(error) : ok(new SqliteFile(db))));
    });
  }

  all<T = Record<string, any>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return new Promise((ok, fail) =>
      this.db.all(sql, params, (error, rows) => (error ? fail(error) : ok(rows as T[]))),
    );
  }

  close(): Promise<void> {
    return new Promise((ok, fail) => this.db.close((error) => (error ? fail(error) : ok())));
  }

  /** `PRAGMA integrity_check` rows joined: "ok" for a sound file. */
  async integrity(): Promise<string> {
    return (await this.all<{ integrity_check: string }>('PRAGMA integrity_check'))
      .map((row) => row.integrity_check)
      .join('; ');
  }

  /**
   * The program's invariants, checked in SQL: every violation as a line (empty = all hold).
   * Live sessions are those without a tombstone; cancelled ones never clash.
   */
  async programViolations(eventId: string): Promise<string[]> {
    const problems: string[] = [];
    const foreignKeys = await this.all('PRAGMA foreign_key_check');
    if (foreignKeys.length) problems.push(`foreign keys broken: ${JSON.stringify(foreignKeys.slice(0, 5))}`);
    const live = `SELECT * FROM sessions WHERE event_id = ? AND deleted_at IS NULL AND status <> 'cancelled' AND starts_at IS NOT NULL`;
    const badIntervals = await this.all(
      `SELECT id FROM sessions WHERE event_id = ? AND starts_at IS NOT NULL AND NOT (ends_at > starts_at)`,
      [eventId],
    );
    for (const row of badIntervals) problems.push(`session ${row.id} does not end after it starts`);
    const roomClashes = await this.all(
      `SELECT a.id AS a, b.id AS b FROM (${live}) a JOIN (${live}) b
         ON a.room_id = b.room_id AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at`,
      [eventId, eventId],
    );
    for (const row of roomClashes) problems.push(`room double-booked by sessions ${row.a} and ${row.b}`);
    const speakerClashes = await this.all(
      `SELECT la.speaker_id AS speaker, a.id AS a, b.id AS b
         FROM (${live}) a JOIN session_speakers la ON la.session_id = a.id
         JOIN session_speakers lb ON lb.speaker_id = la.speaker_id AND lb.session_id > a.id
         JOIN (${live}) b ON b.id = lb.session_id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at`,
      [eventId, eventId],
    );
    for (const row of speakerClashes)
      problems.push(`speaker ${row.speaker} double-booked in sessions ${row.a} and ${row.b}`);
    const strayPresentations = await this.all(
      `SELECT p.id FROM presentations p JOIN sessions s ON s.id = p.session_id
        WHERE s.event_id = ? AND s.starts_at IS NOT NULL AND (p.starts_at < s.starts_at OR p.ends_at > s.ends_at OR p.ends_at <= p.starts_at)`,
      [eventId],
    );
    for (const row of strayPresentations) problems.push(`presentation ${row.id} lies outside its session`);
    return problems;
  }
}
