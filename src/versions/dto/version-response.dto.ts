import { PageOf } from '../../common/dto/pagination.dto';
import { EventResponseDto } from '../../events/dto/event-response.dto';
import { RoomResponseDto } from '../../rooms/dto/room-response.dto';
import { SessionResponseDto, SessionSpeakerResponseDto } from '../../sessions/dto/session-response.dto';
import { SessionType } from '../../sessions/session.entity';
import { SlotResponseDto } from '../../slots/dto/slot-response.dto';
import { SpeakerResponseDto } from '../../speakers/dto/speaker-response.dto';
import { TrackResponseDto } from '../../tracks/dto/track-response.dto';

export class VersionSummaryDto {
  number: number;
  name?: string;
  publishedAt: string;
  /** Entries in this version's changelog. */
  changeCount: number;
  sessionCount: number;
}

export class VersionPageDto extends PageOf(VersionSummaryDto) {}

export class PublishResponseDto extends EventResponseDto {
  /** The version this publish created. */
  publishedVersion: VersionSummaryDto;
}

export class ChangedSessionDto {
  id: string;
  title: string;
}

export class AddedSessionDto extends ChangedSessionDto {
  startsAt?: string;
  endsAt?: string;
  /** Room name. */
  room?: string;
}

export class RemovedChangeDto extends ChangedSessionDto {
  startsAt?: string;
  room?: string;
}

export class PlaceDto {
  startsAt?: string;
  endsAt?: string;
  room?: string;
}

export class MovedSessionDto extends ChangedSessionDto {
  before: PlaceDto;
  after: PlaceDto;
}

export class TimesDto {
  startsAt?: string;
  endsAt?: string;
}

export class RetimedSessionDto extends ChangedSessionDto {
  before: TimesDto;
  after: TimesDto;
}

export class RenamedSessionDto extends ChangedSessionDto {
  before: string;
  after: string;
}

export class SpeakersChangedDto extends ChangedSessionDto {
  /** Speaker names, with the role in brackets when it is not "speaker". */
  before: string[];
  after: string[];
}

export class OtherChangeDto extends ChangedSessionDto {
  /** The fields that changed. */
  fields: string[];
}

/** What changed between two published versions. */
export class ChangelogDto {
  added: AddedSessionDto[];
  removed: RemovedChangeDto[];
  cancelled: ChangedSessionDto[];
  moved: MovedSessionDto[];
  retimed: RetimedSessionDto[];
  renamed: RenamedSessionDto[];
  speakersChanged: SpeakersChangedDto[];
  otherChanges: OtherChangeDto[];
}

export class ChangesResponseDto {
  /** The newer version. */
  number: number;
  /** The older version compared against (0: nothing published before). */
  since: number;
  changes: ChangelogDto;
}

export class PublishPreviewDto {
  nextNumber: number;
  changes: ChangelogDto;
}

export class PublishedSessionDto extends SessionResponseDto {
  /** iCal SEQUENCE: rises only when a publish changes its time, room or status. */
  sequence: number;
  /** Instant of the publish that last changed it. */
  lastPublishedChange: string;
}

export class RemovedSessionDto {
  id: string;
  title: string;
  type: SessionType;
  startsAt?: string;
  endsAt?: string;
  roomId?: string;
  trackId?: string;
  speakers: SessionSpeakerResponseDto[];
  sequence: number;
  lastPublishedChange: string;
}

/** The public program frozen at a publish. */
export class PublishedProgramDto {
  event: EventResponseDto;
  tracks: TrackResponseDto[];
  rooms: RoomResponseDto[];
  slots: SlotResponseDto[];
  /** Without e-mail and availability. */
  speakers: SpeakerResponseDto[];
  sessions: PublishedSessionDto[];
  /** Sessions that were public once and are gone; feeds keep them as cancelled. */
  removed: RemovedSessionDto[];
}

/** What the public agenda page shows of an event, from its latest published version, in one document. */
export class AgendaProgramDto {
  /** The published version this document was built from. */
  publishedVersion: number;
  publishedAt: string;
  event: EventResponseDto;
  rooms: RoomResponseDto[];
  tracks: TrackResponseDto[];
  slots: SlotResponseDto[];
  /** Without e-mail and availability. */
  speakers: SpeakerResponseDto[];
  /** The scheduled sessions (the backlog is not public). */
  sessions: SessionResponseDto[];
}
