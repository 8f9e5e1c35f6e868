import { EventStatus } from '../../events/event.entity';
import { SessionStatus, SessionType } from '../../sessions/session.entity';
import { SpeakerRole } from '../../sessions/session-speaker.entity';
import { ApiProperty } from '@nestjs/swagger';
import { SlotKind } from '../../slots/slot.entity';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupDocument } from '../backup-document';

/**
 * The documented shape of a backup document: the classes mirror the interfaces of
 * backup-document.ts (the Swagger plugin reads classes only); \`BackupDocumentDto satisfies
 * BackupDocument\` below keeps the two from drifting apart.
 */
export class BackupDocumentDto {
  @ApiProperty({ enum: [BACKUP_FORMAT] })
  format: typeof BACKUP_FORMAT;
  @ApiProperty({ type: 'integer', enum: [BACKUP_FORMAT_VERSION] })
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  exportedAt: string;
  event: BackupEventDto;
  tracks: BackupTrackDto[];
  rooms: BackupRoomDto[];
  slots: BackupSlotDto[];
  speakers: BackupSpeakerDto[];
  sessions: BackupSessionDto[];
  presentations: BackupPresentationDto[];
  agendas: BackupAgendaDto[];
}

export class BackupEventDto {
  id: string;
  slug: string;
  name: string;
  timezone: string;
  startDate: string;
  endDate: string;
  venue: string | null;
  description: string | null;
  status: EventStatus;
  version: number;
  programVersion: number;
  createdAt: string;
  updatedAt: string;
}

export class BackupTrackDto {
  id: string;
  name: string;
  color: string | null;
  description: string | null;
  version: number;
}

export class BackupRoomDto {
  id: string;
  name: string;
  capacity: number | null;
  position: number;
  externalId: string | null;
  version: number;
}

export class BackupSlotDto {
  id: string;
  startsAt: string;
  endsAt: string;
  kind: SlotKind;
  label: string | null;
  version: number;
}

export class BackupWindowDto {
  startsAt: string;
  endsAt: string;
}

export class BackupSpeakerDto {
  id: string;
  name: string;
  affiliation: string | null;
  bio: string | null;
  email: string | null;
  availability: BackupWindowDto[] | null;
  externalId: string | null;
  version: number;
}

export class BackupSessionSpeakerDto {
  speakerId: string;
  role: SpeakerRole;
  position: number;
}

export class BackupLinkDto {
  href: string;
  title?: string;
}

export class BackupSessionDto {
  id: string;
  numericId: number | null;
  externalId: string | null;
  title: string;
  subtitle: string | null;
  abstract: string | null;
  description: string | null;
  type: SessionType;
  status: SessionStatus;
  trackId: string | null;
  roomId: string | null;
  slotId: string | null;
  startsAt: string | null;
  endsAt: string | null;
  durationMinutes: number | null;
  language: string | null;
  expectedAttendance: number | null;
  pinned: boolean;
  url: string | null;
  links: BackupLinkDto[] | null;
  speakers: BackupSessionSpeakerDto[];
  version: number;
  sequence: number;
  createdAt: string;
  updatedAt: string;
  /** Set on the tombstone of a session deleted after publishing. */
  deletedAt: string | null;
}

export class BackupAuthorDto {
  speakerId?: string;
  name: string;
}

export class BackupPresentationDto {
  id: string;
  sessionId: string;
  title: string;
  authors: BackupAuthorDto[];
  startsAt: string;
  endsAt: string;
  abstract: string | null;
  position: number;
  version: number;
}

export class BackupAgendaDto {
  id: string;
  /** SHA-256 (hex) of the agenda's token: the restored agenda answers to the same token. */
  tokenHash: string;
  sessionIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Compile-time check: each document is a BackupDocumentDto and back. */
export const backupDocumentShapesAgree = (document: BackupDocument): BackupDocumentDto => document;
export const backupDocumentDtoShapesAgree = (document: BackupDocumentDto): BackupDocument => document;
