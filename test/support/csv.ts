import { parse } from 'csv-parse/sync';
import request from 'supertest';

/** Reads an export back with csv-parse (the BOM removed by the parser, as a spreadsheet would). */
export function parseCsv(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text, { bom: true, columns: true, delimiter: ',' });
}

/** Writes rows the way a spreadsheet saves them: CRLF, every cell quoted. */
export function toCsv(rows: Record<string, string>[], separator = ','): string {
  const columns = Object.keys(rows[0]);
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  return (
    [columns.map(quote), ...rows.map((row) => columns.map((column) => quote(row[column] ?? '')))]
      .map((cells) => cells.join(separator))
      .join('\r\n') + '\r\n'
  );
}

type Http = () => request.Agent;

export const exportCsv = (http: Http, base: string) => http().get(`${base}/sessions.csv`);

export const importCsv = (http: Http, base: string, csv: string, query = '') =>
  http().post(`${base}/sessions.csv${query}`).set('Content-Type', 'text/csv').send(csv);

/** Everything the session list shows, to prove an import changed nothing. */
export async function programSnapshot(http: Http, base: string): Promise<unknown> {
  const [sessions, tracks, rooms, speakers] = await Promise.all(
    ['sessions?limit=500', 'tracks', 'rooms', 'speakers'].map((path) => http().get(`${base}/${path}`)),
  );
  return { sessions: sessions.body, tracks: tracks.body, rooms: rooms.body, speakers: speakers.body };
}
