import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { insertRows } from '../src/database/insert-rows';
import { EventEntity } from '../src/events/event.entity';
import { RoomEntity } from '../src/rooms/room.entity';
import { SessionSpeakerEntity } from '../src/sessions/session-speaker.entity';
import { SESSION_TYPES, SessionEntity } from '../src/sessions/session.entity';
import { SpeakerEntity } from '../src/speakers/speaker.entity';
import { TrackEntity } from '../src/tracks/track.entity';

import { seededRandom as seededRandomFor } from '../src/scheduling/planner/seeded-random';

export { seededRandomFor as seededRandom };

export interface SyntheticSize {
  sessions: number;
  rooms: number;
  tracks: number;
  speakers: number;
  days: number;
}

export const FOSDEM_SCALE: SyntheticSize = { sessions: 950, rooms: 30, tracks: 60, speakers: 1000, days: 2 };

/**
 * Writes a published, clash-free program straight into the database (benchmarks measure reads
 * and feeds, not the write path). Rooms fill from 09:00 with 15-60 minute sessions; speakers
 * are drawn with a popularity skew, never twice at the same time.
 */
export async function insertSyntheticProgram(dataSource: DataSource, size: SyntheticSize, seed = 42): Promise<string> {
  const random = seededRandomFor(seed);
  const zone = 'Europe/Brussels';
  const now = new Date();
  const eventId = randomUUID();
  const startDate = DateTime.fromISO('2027-02-06', { zone });
  await dataSource.transaction(async (manager) => {
    await manager.insert(EventEntity, {
      id: eventId,
      slug: `bench-${eventId.slice(0, 8)}`,
      name: `Benchmark ${size.sessions}`,
      timezone: zone,
      startDate: startDate.toISODate()!,
      endDate: startDate.plus({ days: size.days - 1 }).toISODate()!,
      venue: 'ULB',
      description: null,
      status: 'published',
      version: 1,
      programVersion: 1,
      createdAt: now,
      updatedAt: now,
    });
    const rooms = Array.from({ length: size.rooms }, (_, i) => ({
      id: randomUUID(),
      eventId,
      name: `Room ${i + 1}`,
      capacity: 50 + Math.floor(random() * 500),
      position: i,
      version: 1,
    }));
    const tracks = Array.from({ length: size.tracks }, (_, i) => ({
      id: randomUUID(),
      eventId,
      name: `Track ${i + 1}`,
      color: null,
      description: null,
      version: 1,
    }));
    const speakers = Array.from({ length: size.speakers }, (_, i) => ({
      id: randomUUID(),
      eventId,
      name: `Speaker ${i + 1} Ünïcødé`,
      affiliation: 'Somewhere',
      bio: 'Bio '.repeat(20),
      email: `speaker${i + 1}@example.org`,
      availability: null,
      version: 1,
    }));
    await insertRows(manager, RoomEntity, rooms);
    await insertRows(manager, TrackEntity, tracks);
    await insertRows(manager, SpeakerEntity, speakers);

    const busy = new Map<string, [number, number][]>();
    const free = (speakerId: string, start: number, end: number) =>
      !(busy.get(speakerId) ?? []).some(([s, e]) => s < end && start < e);
    const sessions: Partial<SessionEntity>[] = [];
    const links: Partial<SessionSpeakerEntity>[] = [];
    const perRoomDay = Math.ceil(size.sessions / (size.rooms * size.days));
    for (let day = 0; day < size.days && sessions.length < size.sessions; day++) {
      for (const room of rooms) {
        let cursor = startDate.plus({ days: day }).set({ hour: 9 }).toMillis();
        for (let k = 0; k < perRoomDay && sessions.length < size.sessions; k++) {
          const minutes = [15, 25, 30, 40, 50, 60][Math.floor(random() * 6)];
          const start = cursor;
          const end = start + minutes * 60_000;
          cursor = end + 5 * 60_000;
          const id = randomUUID();
          sessions.push({
            id,
            eventId,
            title: `Session ${sessions.length + 1}: 日本語 and émoji 🎉 in a longer title`,
            subtitle: null,
            abstract: 'An abstract with some length to it. '.repeat(8),
            type: SESSION_TYPES[Math.floor(random() * 4)],
            status: 'confirmed',
            trackId: tracks[Math.floor(random() * tracks.length)].id,
            roomId: room.id,
            slotId: null,
            startsAt: new Date(start),
            endsAt: new Date(end),
            durationMinutes: minutes,
            language: 'en',
            expectedAttendance: Math.floor(random() * 400),
            pinned: false,
            version: 1,
            sequence: 0,
            createdAt: now,
            updatedAt: now,
            deletedAt: null,
          });
          const wanted = 1 + Math.floor(random() * 2);
          for (let attempt = 0, position = 0; attempt < 10 && position < wanted; attempt++) {
            const speaker = speakers[Math.floor(Math.pow(random(), 1.5) * speakers.length)];
            if (!free(speaker.id, start, end) || links.some((l) => l.sessionId === id && l.speakerId === speaker.id))
              continue;
            busy.set(speaker.id, [...(busy.get(speaker.id) ?? []), [start, end]]);
            links.push({ sessionId: id, speakerId: speaker.id, role: 'speaker', position: position++ });
          }
        }
      }
    }
    await insertRows(manager, SessionEntity, sessions, 50);
    await insertRows(manager, SessionSpeakerEntity, links, 300);
  });
  return eventId;
}
