import { PresentationResponseDto } from '../../presentations/dto/presentation-response.dto';
import { SoftConflict } from '../../scheduling/soft-conflicts';
import { SpeakerRole } from '../session-speaker.entity';
import { SessionStatus, SessionType } from '../session.entity';

export class SessionSpeakerResponseDto {
  speakerId: string;
  role: SpeakerRole;
  name: string;
}

export class SessionWarningDto implements SoftConflict {
  kind: SoftConflict['kind'];
  message: string;
  sessionId?: string;
  speakerId?: string;
  slotId?: string;
}

export class SessionResponseDto {
  id: string;
  eventId: string;
  title: string;
  subtitle?: string;
  abstract?: string;
  description?: string;
  /** Stable integer id (the frab/c3voc event id). */
  numericId: number;
  /** The guid this session had in an imported file. */
  externalId?: string;
  type: SessionType;
  status: SessionStatus;
  trackId?: string;
  roomId?: string;
  slotId?: string;
  startsAt?: string;
  endsAt?: string;
  durationMinutes?: number;
  language?: string;
  expectedAttendance?: number;
  pinned: boolean;
  url?: string;
  links?: { href: string; title?: string }[];
  /** The type an imported file gave, e.g. `devroom`; `type` is ours. */
  sourceType?: string;
  slug?: string;
  feedbackUrl?: string;
  logo?: string;
  attachments?: { href: string; title?: string; type?: string }[];
  doNotRecord?: boolean;
  speakers: SessionSpeakerResponseDto[];
  presentations: PresentationResponseDto[];
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Soft conflicts found by the write that returned this session. */
  warnings?: SessionWarningDto[];
}

export class SessionPageDto {
  items: SessionResponseDto[];
  total: number;
  page: number;
  limit: number;
}
