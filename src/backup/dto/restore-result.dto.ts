import { EventResponseDto } from '../../events/dto/event-response.dto';
import { RestoreConflict } from '../backup-invariants';

export class RestoreCountsDto {
  tracks: number;
  rooms: number;
  slots: number;
  speakers: number;
  /** Including tombstones of deleted sessions. */
  sessions: number;
  presentations: number;
  /** Agendas restored; skipped ones are listed in `skippedAgendas`. */
  agendas: number;
}

export class RestoreConflictDto implements RestoreConflict {
  kind: 'room' | 'speaker';
  sessionId: string;
  title: string;
  /** The other session of the clashing pair. */
  otherSessionId: string;
  otherTitle: string;
  overlapStart: string;
  overlapEnd: string;
  roomId?: string;
  speakerId?: string;
}

export class SkippedAgendaDto {
  /** Where the agenda is in the document, e.g. "agendas[0]". */
  path: string;
  /** Its id in the document. */
  id: string;
  reason: string;
}

export class RestoreResultDto {
  /** The new event. */
  event: EventResponseDto;
  counts: RestoreCountsDto;
  /** Room and speaker double bookings the document holds; restored as they were. */
  conflicts: RestoreConflictDto[];
  skippedAgendas: SkippedAgendaDto[];
}
