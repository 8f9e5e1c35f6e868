import { randomBytes, randomUUID } from 'node:crypto';
import { AgendaEntity } from '../src/agendas/agenda.entity';
import { UnitOfWork } from '../src/database/unit-of-work';
import { insertRows } from '../src/database/insert-rows';
import { EventEntity } from '../src/events/event.entity';
import { RoomEntity } from '../src/rooms/room.entity';
import { PlannerInput } from '../src/scheduling/planner/planner-types';
import { SessionSpeakerEntity } from '../src/sessions/session-speaker.entity';
import { SessionEntity } from '../src/sessions/session.entity';
import { SlotEntity } from '../src/slots/slot.entity';
import { SpeakerEntity } from '../src/speakers/speaker.entity';
import { TrackEntity } from '../src/tracks/track.entity';
import { localDateOf } from '../src/time/instants';
import { BenchApp } from './bench-app';
import { FOSDEM_PLANNER, PlannerScale, plannerInstance, scaled } from './planner-instance';

/**
 * Writes a planner instance into the database as a draft event (UUIDs for every id); returns the
 * event id. Through the app's unit of work: on SQLite a transaction of its own would share the one
 * connection with the webhook worker's transactions.
 */
export async function insertPlannerProgram(bench: BenchApp, input: PlannerInput): Promise<string> {
  const ids = new Map<string, string>();
  const uuid = (id: string) => ids.get(id) ?? ids.set(id, randomUUID()).get(id)!;
  const eventId = randomUUID();
  const now = new Date();
  const tracks = [...new Set(input.sessions.map((s) => s.trackId).filter((t): t is string => t !== null))];
  await bench.app.get(UnitOfWork).transaction(async (manager) => {
    await manager.insert(EventEntity, {
      id: eventId,
      slug: `planner-${eventId.slice(0, 8)}`,
      name: `Planner benchmark (${input.sessions.length} sessions)`,
      timezone: input.timezone,
      startDate: localDateOf(input.event.start, input.timezone),
      endDate: localDateOf(input.event.end - 1, input.timezone),
      venue: null,
      description: null,
      status: 'draft',
      version: 1,
      programVersion: 1,
      createdAt: now,
      updatedAt: now,
    });
    await insertRows(
      manager,
      RoomEntity,
      input.rooms.map((room, position) => ({
        id: uuid(room.id),
        eventId,
        name: room.name,
        capacity: room.capacity,
        position,
        version: 1,
      })),
    );
    await insertRows(
      manager,
      TrackEntity,
      tracks.map((track) => ({ id: uuid(track), eventId, name: track, color: null, description: null, version: 1 })),
    );
    await insertRows(
      manager,
      SlotEntity,
      input.slots.map((slot) => ({
        id: uuid(slot.id),
        eventId,
        startsAt: new Date(slot.start),
        endsAt: new Date(slot.end),
        kind: slot.kind,
        label: slot.label,
        version: 1,
      })),
    );
    await insertRows(
      manager,
      SpeakerEntity,
      input.speakers.map((speaker) => ({
        id: uuid(speaker.id),
        eventId,
        name: speaker.name,
        affiliation: null,
        bio: null,
        email: null,
        availability: speaker.availability,
        version: 1,
      })),
    );
    await insertRows(
      manager,
      SessionEntity,
      input.sessions.map((s, n) => ({
        id: uuid(s.id),
        eventId,
        numericId: n + 1,
        title: s.title,
        type: s.type,
        status: s.status,
        trackId: s.trackId && uuid(s.trackId),
        roomId: s.roomId && uuid(s.roomId),
        slotId: null,
        startsAt: s.start === null ? null : new Date(s.start),
        endsAt: s.end === null ? null : new Date(s.end),
        durationMinutes: s.durationMinutes,
        expectedAttendance: s.expectedAttendance,
        pinned: s.pinned,
        version: 1,
        sequence: 0,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      })),
      100,
    );
    await insertRows(
      manager,
      SessionSpeakerEntity,
      input.sessions.flatMap((s) =>
        s.speakerIds.map((speakerId, position) => ({
          sessionId: uuid(s.id),
          speakerId: uuid(speakerId),
          role: 'speaker',
          position,
        })),
      ),
      500,
    );
    await insertRows(
      manager,
      AgendaEntity,
      input.agendas.map((stars) => ({
        id: randomUUID(),
        eventId,
        tokenHash: randomBytes(32).toString('hex'),
        sessionIds: stars.map(uuid),
        version: 1,
        createdAt: now,
        updatedAt: now,
      })),
      200,
    );
  });
  return eventId;
}

/**
 * A scheduled program of about `sessions` sessions for the conflict report: the planner instance at
 * that scale, laid out room by room on the grid without any checks (as an import might), plus one
 * session in a hundred pushed 15 minutes into its neighbour, so every kind of conflict shows up.
 */
export function scheduledInstance(sessions: number, seed = 11): PlannerInput {
  const scale: PlannerScale =
    sessions === FOSDEM_PLANNER.sessions ? FOSDEM_PLANNER : scaled(sessions / FOSDEM_PLANNER.sessions);
  const input = plannerInstance(scale, seed);
  const grid = input.slots.filter((slot) => slot.kind === 'parallel');
  let room = 0;
  let k = 0;
  input.sessions.forEach((session, i) => {
    const length = (session.durationMinutes ?? 30) * 60_000;
    if (k >= grid.length || grid[k].start + length > grid[grid.length - 1].end) [room, k] = [room + 1, 0];
    const start = grid[k].start;
    const shift = i % 100 === 99 ? -15 * 60_000 : 0;
    session.roomId = input.rooms[room % input.rooms.length].id;
    session.start = start + shift;
    session.end = start + length + shift;
    while (k < grid.length && grid[k].start < start + length) k++;
  });
  return input;
}
