import { AgendaEntity } from '../agendas/agenda.entity';
import { EventEntity } from '../events/event.entity';
import { PresentationEntity } from '../presentations/presentation.entity';
import { RoomEntity } from '../rooms/room.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SlotEntity } from '../slots/slot.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { formatInstant } from '../time/instants';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupAgenda,
  BackupDocument,
  BackupPresentation,
  BackupSession,
  BackupSpeaker,
} from './backup-document';

/** One event's records as read from the database; sessions with their `speakers` links loaded. */
export interface EventRecords {
  event: EventEntity;
  tracks: TrackEntity[];
  rooms: RoomEntity[];
  slots: SlotEntity[];
  speakers: SpeakerEntity[];
  sessions: SessionEntity[];
  presentations: PresentationEntity[];
  agendas: AgendaEntity[];
}

/** A stable order that does not depend on ids, so two exports of the same program line up. */
const byKeys =
  <T>(...keys: ((item: T) => string | number | null)[]) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      const x = key(a) ?? '';
      const y = key(b) ?? '';
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };

export function toBackupDocument(records: EventRecords, exportedAt: Date): BackupDocument {
  const { event } = records;
  const zone = event.timezone;
  const instant = (value: Date | number) => formatInstant(value, zone);
  const sessions = [...records.sessions].sort(
    byKeys(
      (s) => s.numericId ?? 0,
      (s) => s.title,
      (s) => +s.createdAt,
      (s) => s.id,
    ),
  );
  const sessionOrder = new Map(sessions.map((session, index) => [session.id, index]));
  const speakerIds = new Set(records.speakers.map((speaker) => speaker.id));
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: instant(exportedAt),
    event: {
      id: event.id,
      slug: event.slug,
      name: event.name,
      timezone: zone,
      startDate: event.startDate,
      endDate: event.endDate,
      venue: event.venue,
      description: event.description,
      status: event.status,
      version: event.version,
      programVersion: event.programVersion,
      createdAt: instant(event.createdAt),
      updatedAt: instant(event.updatedAt),
    },
    tracks: [...records.tracks]
      .sort(
        byKeys(
          (t) => t.name,
          (t) => t.id,
        ),
      )
      .map(({ id, name, color, description, version }) => ({ id, name, color, description, version })),
    rooms: [...records.rooms]
      .sort(
        byKeys(
          (r) => r.position,
          (r) => r.name,
          (r) => r.id,
        ),
      )
      .map(({ id, name, capacity, position, externalId, version }) => ({
        id,
        name,
        capacity,
        position,
        externalId,
        version,
      })),
    slots: [...records.slots]
      .sort(
        byKeys(
          (s) => +s.startsAt,
          (s) => +s.endsAt,
          (s) => s.label,
          (s) => s.id,
        ),
      )
      .map((slot) => ({
        id: slot.id,
        startsAt: instant(slot.startsAt),
        endsAt: instant(slot.endsAt),
        kind: slot.kind,
        label: slot.label,
        version: slot.version,
      })),
    speakers: [...records.speakers]
      .sort(
        byKeys(
          (s) => s.name,
          (s) => s.email,
          (s) => s.id,
        ),
      )
      .map((s) => backupSpeaker(s, instant)),
    sessions: sessions.map((session) => backupSession(session, instant)),
    presentations: records.presentations
      .filter((presentation) => sessionOrder.has(presentation.sessionId))
      .sort(
        byKeys(
          (p) => sessionOrder.get(p.sessionId)!,
          (p) => p.position,
          (p) => +p.startsAt,
          (p) => p.id,
        ),
      )
      .map((presentation) => backupPresentation(presentation, speakerIds, instant)),
    agendas: [...records.agendas]
      .sort(
        byKeys(
          (a) => +a.createdAt,
          (a) => a.tokenHash,
        ),
      )
      .map((agenda) => backupAgenda(agenda, sessionOrder, instant)),
  };
}

function backupSpeaker(speaker: SpeakerEntity, instant: (value: number) => string): BackupSpeaker {
  return {
    id: speaker.id,
    name: speaker.name,
    affiliation: speaker.affiliation,
    bio: speaker.bio,
    email: speaker.email,
    availability:
      speaker.availability?.map((window) => ({ startsAt: instant(window.start), endsAt: instant(window.end) })) ?? null,
    externalId: speaker.externalId,
    version: speaker.version,
  };
}

function backupSession(session: SessionEntity, instant: (value: Date) => string): BackupSession {
  const optionalInstant = (value: Date | null) => (value ? instant(value) : null);
  return {
    id: session.id,
    numericId: session.numericId,
    externalId: session.externalId,
    title: session.title,
    subtitle: session.subtitle,
    abstract: session.abstract,
    description: session.description,
    type: session.type,
    status: session.status,
    trackId: session.trackId,
    roomId: session.roomId,
    slotId: session.slotId,
    startsAt: optionalInstant(session.startsAt),
    endsAt: optionalInstant(session.endsAt),
    durationMinutes: session.durationMinutes,
    language: session.language,
    expectedAttendance: session.expectedAttendance,
    pinned: session.pinned,
    url: session.url,
    links: session.links,
    speakers: [...(session.speakers ?? [])]
      .sort((a, b) => a.position - b.position)
      .map(({ speakerId, role, position }) => ({ speakerId, role, position })),
    version: session.version,
    sequence: session.sequence,
    createdAt: instant(session.createdAt),
    updatedAt: instant(session.updatedAt),
    deletedAt: optionalInstant(session.deletedAt),
  };
}

/** An author whose speaker was deleted since keeps the name; the dead link is dropped. */
function backupPresentation(
  presentation: PresentationEntity,
  speakerIds: Set<string>,
  instant: (value: Date) => string,
): BackupPresentation {
  return {
    id: presentation.id,
    sessionId: presentation.sessionId,
    title: presentation.title,
    authors: presentation.authors.map(({ speakerId, name, presenting }) => ({
      ...(speakerId && speakerIds.has(speakerId) ? { speakerId, name } : { name }),
      ...(presenting !== undefined && { presenting }),
    })),
    startsAt: instant(presentation.startsAt),
    endsAt: instant(presentation.endsAt),
    abstract: presentation.abstract,
    position: presentation.position,
    version: presentation.version,
  };
}

/** Stars of sessions removed from a draft since (no tombstone) point nowhere and are dropped. */
function backupAgenda(
  agenda: AgendaEntity,
  sessions: Map<string, number>,
  instant: (value: Date) => string,
): BackupAgenda {
  return {
    id: agenda.id,
    tokenHash: agenda.tokenHash,
    sessionIds: agenda.sessionIds.filter((id) => sessions.has(id)),
    version: agenda.version,
    createdAt: instant(agenda.createdAt),
    updatedAt: instant(agenda.updatedAt),
  };
}
