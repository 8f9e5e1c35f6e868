import { EventStatus } from '../events/event.entity';
import { SessionLink, SessionStatus, SessionType } from '../sessions/session.entity';
import { SpeakerRole } from '../sessions/session-speaker.entity';
import { SlotKind } from '../slots/slot.entity';

/**
 * The lossless backup of one event (`GET /api/events/:eventId/export.json`, `POST /api/events/restore`).
 * Every record keeps its id so the document can refer to it; a restore gives each a fresh UUID.
 * Instants are ISO 8601 strings in the event's offset; absent optional values are `null`.
 * Agendas carry only the SHA-256 of their token, never the token.
 */
export const BACKUP_FORMAT = 'agenda-planner-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  exportedAt: string;
  event: BackupEvent;
  tracks: BackupTrack[];
  rooms: BackupRoom[];
  slots: BackupSlot[];
  speakers: BackupSpeaker[];
  sessions: BackupSession[];
  presentations: BackupPresentation[];
  agendas: BackupAgenda[];
}

export interface BackupEvent {
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

export interface BackupTrack {
  id: string;
  name: string;
  color: string | null;
  description: string | null;
  version: number;
}

export interface BackupRoom {
  id: string;
  name: string;
  capacity: number | null;
  position: number;
  externalId: string | null;
  version: number;
}

export interface BackupSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  kind: SlotKind;
  label: string | null;
  version: number;
}

export interface BackupWindow {
  startsAt: string;
  endsAt: string;
}

export interface BackupSpeaker {
  id: string;
  name: string;
  affiliation: string | null;
  bio: string | null;
  email: string | null;
  availability: BackupWindow[] | null;
  externalId: string | null;
  version: number;
}

export interface BackupSessionSpeaker {
  speakerId: string;
  role: SpeakerRole;
  position: number;
}

export interface BackupSession {
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
  links: SessionLink[] | null;
  speakers: BackupSessionSpeaker[];
  version: number;
  sequence: number;
  createdAt: string;
  updatedAt: string;
  /** Set on the tombstone of a session deleted after publishing. */
  deletedAt: string | null;
}

export interface BackupAuthor {
  speakerId?: string;
  name: string;
  presenting?: boolean;
}

export interface BackupPresentation {
  id: string;
  sessionId: string;
  title: string;
  authors: BackupAuthor[];
  startsAt: string;
  endsAt: string;
  abstract: string | null;
  position: number;
  version: number;
}

export interface BackupAgenda {
  id: string;
  /** SHA-256 (hex) of the agenda's token: the restored agenda answers to the same token. */
  tokenHash: string;
  sessionIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}
