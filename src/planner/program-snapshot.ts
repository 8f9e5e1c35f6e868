import { EntityManager } from 'typeorm';
import { AgendaEntity } from '../agendas/agenda.entity';
import { EventEntity } from '../events/event.entity';
import { loadAuthorBookings } from '../presentations/author-bookings.query';
import { RoomEntity } from '../rooms/room.entity';
import { PlannerInput, PlannerSession } from '../scheduling/planner/planner-types';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SlotEntity } from '../slots/slot.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { eventInterval } from '../time/instants';

export interface ProgramSnapshot {
  input: PlannerInput;
  tracks: { id: string; name: string }[];
}

/**
 * The whole program of one event as the planner and the conflict report read it. Sessions and
 * their speakers come as raw rows: hydrating 20,000 entities would cost more than the analysis.
 */
export async function loadProgramSnapshot(
  manager: EntityManager,
  event: EventEntity,
  withAgendas = true,
): Promise<ProgramSnapshot> {
  const eventId = event.id;
  // One query after the other: inside a transaction they share one connection.
  const rooms = await manager.find(RoomEntity, { where: { eventId }, order: { position: 'ASC', name: 'ASC' } });
  const slots = await manager.find(SlotEntity, { where: { eventId }, order: { startsAt: 'ASC' } });
  const speakers = await manager.find(SpeakerEntity, {
    select: { id: true, name: true, availability: true },
    where: { eventId },
  });
  const tracks = await manager.find(TrackEntity, { select: { id: true, name: true }, where: { eventId } });
  const rows = await manager
    .createQueryBuilder(SessionEntity, 's')
    .select([
      's.id AS id',
      's.title AS title',
      's.type AS type',
      's.status AS status',
      's.track_id AS track_id',
      's.room_id AS room_id',
      's.starts_at AS starts_at',
      's.ends_at AS ends_at',
      's.duration_minutes AS duration_minutes',
      's.expected_attendance AS expected_attendance',
      's.pinned AS pinned',
    ])
    .where('s.event_id = :eventId AND s.deleted_at IS NULL', { eventId })
    .getRawMany<Record<string, unknown>>();
  const links = await manager
    .createQueryBuilder(SessionSpeakerEntity, 'ss')
    .innerJoin(SessionEntity, 's', 's.id = ss.session_id')
    .select(['ss.session_id AS session_id', 'ss.speaker_id AS speaker_id'])
    .where('s.event_id = :eventId AND s.deleted_at IS NULL', { eventId })
    .orderBy('ss.position', 'ASC')
    .getRawMany<{ session_id: string; speaker_id: string }>();
  const agendas = withAgendas
    ? await manager
        .createQueryBuilder(AgendaEntity, 'a')
        .select('a.session_ids', 'ids')
        .where('a.event_id = :eventId', { eventId })
        .getRawMany<{ ids: string }>()
    : [];

  const authors = await loadAuthorBookings(manager, { eventId });

  const speakersOf = new Map<string, string[]>();
  for (const link of links)
    speakersOf.set(link.session_id, [...(speakersOf.get(link.session_id) ?? []), link.speaker_id]);
  const sessions = rows.map((row): PlannerSession => ({
    id: String(row.id),
    title: String(row.title),
    type: String(row.type),
    status: String(row.status),
    trackId: optionalString(row.track_id),
    roomId: optionalString(row.room_id),
    start: optionalNumber(row.starts_at),
    end: optionalNumber(row.ends_at),
    durationMinutes: optionalNumber(row.duration_minutes),
    expectedAttendance: optionalNumber(row.expected_attendance),
    pinned: row.pinned === true || row.pinned === 1 || row.pinned === '1' || row.pinned === 't',
    speakerIds: speakersOf.get(String(row.id)) ?? [],
    authorBookings: authors.get(String(row.id)),
  }));
  return {
    input: {
      event: eventInterval(event.startDate, event.endDate, event.timezone),
      timezone: event.timezone,
      slots: slots.map((slot) => ({
        id: slot.id,
        start: +slot.startsAt,
        end: +slot.endsAt,
        kind: slot.kind,
        label: slot.label,
      })),
      rooms: rooms.map((room) => ({ id: room.id, name: room.name, capacity: room.capacity })),
      speakers: speakers.map((speaker) => ({ id: speaker.id, name: speaker.name, availability: speaker.availability })),
      sessions,
      agendas: agendas.map((agenda) => JSON.parse(agenda.ids) as string[]),
    },
    tracks,
  };
}

const optionalString = (value: unknown) => (typeof value === 'string' ? value : null);
const optionalNumber = (value: unknown) => (value == null ? null : Number(value));
