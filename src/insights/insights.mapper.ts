import {
  GroupInsightDto,
  InsightsResponseDto,
  RoomInsightDto,
  SessionInsightDto,
  SlotInsightDto,
} from './dto/insights-response.dto';
import { StoredReach } from './feed-reach/feed-reach.store';
import { FeedKind } from './feed-reach/feed-route';
import { summarizeReach } from './feed-reach/reach-summary';
import {
  dayOf,
  dayWindows,
  eventDays,
  GroupInterest,
  groupInterest,
  SessionInterest,
  slotOf,
  SlotSpan,
} from './interest';
import { instantFormatter } from './instant-format';
import { FitRoom, projectedAttendance, roomFit } from './room-fit';

export interface InsightsInput {
  event: { id: string; timezone: string; startDate: string; endDate: string };
  sessions: SessionInterest[];
  /** in the event's room order */
  rooms: FitRoom[];
  tracks: { id: string; name: string }[];
  /** sorted by start */
  slots: (SlotSpan & { kind: string; label: string | null })[];
  agendas: { total: number; withStars: number };
  reach: StoredReach[];
  /** names of speakers that have feeds in `reach` */
  speakerNames: Map<string, string>;
  noShowRate: number;
  now: Date;
}

const byStart = (a: SessionInterest, b: SessionInterest) =>
  (a.start ?? Infinity) - (b.start ?? Infinity) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

/** The whole insights document from counts the database aggregated (pure: no I/O). */
export function buildInsights(input: InsightsInput): InsightsResponseDto {
  const { event, rooms, tracks, slots, noShowRate } = input;
  const zone = event.timezone;
  const at = instantFormatter(zone);
  const sessions = [...input.sessions].sort(byStart);
  const capacity = new Map(rooms.map((room) => [room.id, room.capacity]));
  const days = eventDays(zone, event.startDate, event.endDate);
  const toDay = dayOf(days);
  const group = (key: string, name: string, totals: GroupInterest | undefined): GroupInsightDto => ({
    id: key,
    name,
    sessions: totals?.sessions ?? 0,
    stars: totals?.stars ?? 0,
    ...(totals?.peakSessionId ? { peakSessionId: totals.peakSessionId } : {}),
    peakStars: totals?.peakStars ?? 0,
  });

  const sessionDtos = sessions.map((s): SessionInsightDto => ({
    id: s.id,
    title: s.title,
    status: s.status,
    ...(s.trackId ? { trackId: s.trackId } : {}),
    ...(s.roomId ? { roomId: s.roomId } : {}),
    ...(s.slotId ? { slotId: s.slotId } : {}),
    ...(s.start !== null ? { startsAt: at(s.start), endsAt: at(s.end!), day: toDay(s) ?? undefined } : {}),
    stars: s.stars,
    share: input.agendas.total ? round(s.stars / input.agendas.total) : 0,
    ...(s.expectedAttendance !== null ? { expectedAttendance: s.expectedAttendance } : {}),
    projectedAttendance: projectedAttendance(s, noShowRate),
    ...(s.roomId && capacity.get(s.roomId) != null ? { capacity: capacity.get(s.roomId)! } : {}),
  }));

  const byTrack = groupInterest(sessions, (s) => s.trackId);
  const byRoom = groupInterest(sessions, (s) => s.roomId);
  const byDay = groupInterest(sessions, toDay);
  const bySlot = groupInterest(sessions, slotOf(slots));
  const windows = dayWindows(sessions, zone, days);
  const names = new Map<string, string>([
    ...tracks.map((t) => [`track:${t.id}`, t.name] as const),
    ...rooms.map((r) => [`room:${r.id}`, r.name] as const),
    ...sessions.map((s) => [`session:${s.id}`, s.title] as const),
    ...[...input.speakerNames].map(([id, name]) => [`speaker:${id}`, name] as const),
  ]);
  const feedName = (kind: FeedKind, id: string) =>
    kind === 'event'
      ? 'Whole event'
      : kind === 'personal'
        ? 'Personal agendas'
        : (names.get(`${kind}:${id}`) ?? `${kind} ${id}`);

  return {
    eventId: event.id,
    timezone: zone,
    generatedAt: input.now.toISOString(),
    noShowRate,
    totals: {
      agendas: input.agendas.total,
      agendasWithStars: input.agendas.withStars,
      stars: sessions.reduce((sum, s) => sum + s.stars, 0),
      sessions: sessions.length,
    },
    sessions: sessionDtos,
    tracks: tracks.map((t) => group(t.id, t.name, byTrack.get(t.id))),
    rooms: rooms.map((r): RoomInsightDto => ({
      ...group(r.id, r.name, byRoom.get(r.id)),
      ...(r.capacity !== null ? { capacity: r.capacity } : {}),
    })),
    days: windows.map((w) => group(w.date, w.date, byDay.get(w.date))),
    slots: slots.map((slot): SlotInsightDto => ({
      ...group(
        slot.id,
        slot.label ?? `${at(slot.start).slice(11, 16)}-${at(slot.end).slice(11, 16)}`,
        bySlot.get(slot.id),
      ),
      startsAt: at(slot.start),
      endsAt: at(slot.end),
      kind: slot.kind,
    })),
    grid: { days: windows.map((w) => ({ date: w.date, startsAt: at(w.start), endsAt: at(w.end) })) },
    roomFit: {
      overflows: roomFit(sessions, rooms, { noShowRate }).map(({ expectedAttendance, ...overflow }) => ({
        ...overflow,
        ...(expectedAttendance !== null ? { expectedAttendance } : {}),
      })),
    },
    feedReach: summarizeReach(input.reach, feedName),
  };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
