import { AgendaEntity } from '../agendas/agenda.entity';
import { EventEntity } from '../events/event.entity';
import { PresentationEntity } from '../presentations/presentation.entity';
import { RoomEntity } from '../rooms/room.entity';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SlotEntity } from '../slots/slot.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';

export const ENTITIES = [
  EventEntity, TrackEntity, RoomEntity, SlotEntity, SpeakerEntity, SessionEntity, SessionSpeakerEntity, PresentationEntity,
  AgendaEntity,
];
