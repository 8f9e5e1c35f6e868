import { EntityManager, IsNull, Not } from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { mapEvent } from '../events/event.mapper';
import { RoomEntity } from '../rooms/room.entity';
import { mapRoom } from '../rooms/room.mapper';
import { loadFullSessions } from '../sessions/session-query';
import { mapSession } from '../sessions/session.mapper';
import { SessionEntity } from '../sessions/session.entity';
import { SlotEntity } from '../slots/slot.entity';
import { mapSlot } from '../slots/slot.mapper';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { mapSpeaker } from '../speakers/speaker.mapper';
import { formatInstant } from '../time/instants';
import { TrackEntity } from '../tracks/track.entity';
import { mapTrack } from '../tracks/track.mapper';
import { WorkingProgram } from './published-program';

/** The working copy in public shapes: scheduled sessions only, speakers without private fields. */
export async function loadWorkingProgram(manager: EntityManager, event: EventEntity): Promise<WorkingProgram> {
  const zone = event.timezone;
  const where = { eventId: event.id };
  const tracks = await manager.find(TrackEntity, { where, order: { name: 'ASC' } });
  const rooms = await manager.find(RoomEntity, { where, order: { position: 'ASC', name: 'ASC' } });
  const slots = await manager.find(SlotEntity, { where, order: { startsAt: 'ASC' } });
  const speakers = await manager.find(SpeakerEntity, { where, order: { name: 'ASC' } });
  const scheduled = await manager.find(SessionEntity, {
    select: { id: true },
    where: { eventId: event.id, deletedAt: IsNull(), startsAt: Not(IsNull()) },
    order: { startsAt: 'ASC', title: 'ASC', id: 'ASC' },
  });
  const sessions = await loadFullSessions(
    manager,
    scheduled.map((session) => session.id),
  );
  const deleted = await manager.find(SessionEntity, {
    where: { eventId: event.id, deletedAt: Not(IsNull()), startsAt: Not(IsNull()) },
  });
  return {
    event: { ...mapEvent(event), status: 'published' },
    tracks: tracks.map(mapTrack),
    rooms: rooms.map(mapRoom),
    slots: slots.map((slot) => mapSlot(slot, zone)),
    speakers: speakers.map((speaker) => ({ ...mapSpeaker(speaker, zone, false), availability: undefined })),
    sessions: sessions.map((session) => mapSession(session, zone)),
    tombstones: deleted.map((session) => ({
      id: session.id,
      title: session.title,
      type: session.type,
      startsAt: formatInstant(session.startsAt!, zone),
      endsAt: formatInstant(session.endsAt!, zone),
      roomId: session.roomId ?? undefined,
      trackId: session.trackId ?? undefined,
      speakers: [],
      sequence: session.sequence,
      lastPublishedChange: session.updatedAt.toISOString(),
    })),
  };
}
