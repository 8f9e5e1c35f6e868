import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import { neutralizeFormula } from '../csv/csv-cells';
import { InsightsResponseDto } from './dto/insights-response.dto';
import { RoomSuggestion } from './room-fit';

const SESSION_COLUMNS = [
  'session_id',
  'title',
  'status',
  'day',
  'start',
  'end',
  'time_zone',
  'room',
  'capacity',
  'track',
  'stars',
  'share_of_agendas',
  'expected_attendance',
  'projected_attendance',
  'overflow_by',
  'suggestions',
] as const;

const REACH_COLUMNS = [
  'day_utc',
  'feed_kind',
  'feed_id',
  'feed_name',
  'fetches',
  'not_modified',
  'subscribers',
] as const;

/** One row per session: interest, projected attendance and room fit, times in the event's zone. */
export function insightsSessionsCsv(insights: InsightsResponseDto): string {
  const rooms = new Map(insights.rooms.map((room) => [room.id, room.name]));
  const tracks = new Map(insights.tracks.map((track) => [track.id, track.name]));
  const overflows = new Map(insights.roomFit.overflows.map((overflow) => [overflow.sessionId, overflow]));
  return writeCsv(
    SESSION_COLUMNS,
    insights.sessions.map((session) => {
      const overflow = overflows.get(session.id);
      return {
        session_id: session.id,
        title: session.title,
        status: session.status,
        day: session.day ?? '',
        start: localTime(session.startsAt),
        end: localTime(session.endsAt),
        time_zone: session.startsAt ? insights.timezone : '',
        room: session.roomId ? (rooms.get(session.roomId) ?? '') : '',
        capacity: session.capacity ?? '',
        track: session.trackId ? (tracks.get(session.trackId) ?? '') : '',
        stars: session.stars,
        share_of_agendas: session.share,
        expected_attendance: session.expectedAttendance ?? '',
        projected_attendance: session.projectedAttendance,
        overflow_by: overflow?.overflowBy ?? '',
        suggestions: overflow?.suggestions.map(describeSuggestion).join('; ') ?? '',
      };
    }),
  );
}

/** One row per feed and UTC day: fetches (304s included), 304s, distinct subscribers. */
export function feedReachCsv(insights: InsightsResponseDto): string {
  const rows = insights.feedReach.feeds.flatMap((feed) =>
    feed.days.map((day) => ({
      day_utc: day.day,
      feed_kind: feed.kind,
      feed_id: feed.id ?? '',
      feed_name: feed.name,
      fetches: day.fetches,
      not_modified: day.notModified,
      subscribers: day.subscribers,
    })),
  );
  rows.sort(
    (a, b) =>
      a.day_utc.localeCompare(b.day_utc) ||
      a.feed_kind.localeCompare(b.feed_kind) ||
      a.feed_name.localeCompare(b.feed_name),
  );
  return writeCsv(REACH_COLUMNS, rows);
}

export function describeSuggestion(suggestion: RoomSuggestion): string {
  return suggestion.kind === 'move'
    ? `move to ${suggestion.roomName} (${suggestion.capacity})`
    : `swap rooms with "${suggestion.withTitle}" (${suggestion.roomName}, ${suggestion.capacity})`;
}

const localTime = (instant: string | undefined) =>
  instant ? DateTime.fromISO(instant, { setZone: true }).toFormat('yyyy-MM-dd HH:mm') : '';

/** UTF-8 with BOM and CRLF for Excel, cells that look like formulas neutralized (as sessions.csv). */
function writeCsv(columns: readonly string[], rows: Record<string, string | number>[]): string {
  const cells = rows.map((row) =>
    Object.fromEntries(columns.map((column) => [column, neutralizeFormula(String(row[column] ?? ''))])),
  );
  return stringify(cells, {
    bom: true,
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}
