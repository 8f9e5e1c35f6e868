import { AgendaEntity } from '../agendas/agenda.entity';
import { EventEntity } from '../events/event.entity';
import { PresentationEntity } from '../presentations/presentation.entity';
import { RoomEntity } from '../rooms/room.entity';
import { PlacedSession } from '../scheduling/placed-session';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SlotEntity } from '../slots/slot.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { parseInstant } from '../time/instants';
import { BackupDocument, BackupSession } from './backup-document';

const SLUG_MAX = 120;

/** The slug to try for the n-th copy: the wanted one, then `-2`, `-3`... cut to fit the column. */
export function slugCandidate(wanted: string, n: number): string {
  const suffix = n <= 1 ? '' : `-${n}`;
  return wanted.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '') + suffix;
}

type Row<T> = Omit<T, 'session' | 'speaker' | 'speakers' | 'presentations'>;

/** The rows of a restored event, ready to insert: every id fresh, every reference remapped. */
export interface RestoreRows {
  event: EventEntity;
  tracks: Row<TrackEntity>[];
  rooms: Row<RoomEntity>[];
  slots: Row<SlotEntity>[];
  speakers: Row<SpeakerEntity>[];
  sessions: Row<SessionEntity>[];
  sessionSpeakers: Row<SessionSpeakerEntity>[];
  presentations: Row<PresentationEntity>[];
  /** In document order, one per document agenda (the service may skip some). */
  agendas: Row<AgendaEntity>[];
  /** The live sessions with a time, for the clash report. */
  placed: PlacedSession[];
}

/**
 * Maps a valid document (see backupDocumentProblems and programProblems) to new rows. Values the
 * document leaves out take the defaults the REST API would give; instants keep their millisecond.
 */
export function toRestoreRows(doc: BackupDocument, newId: () => string, slug: string, now: Date): RestoreRows {
  const ids = new Map<string, string>();
  const fresh = (kind: string, oldId: string) => {
    const id = newId();
    ids.set(`${kind}:${oldId}`, id);
    return id;
  };
  const ref = (kind: string, oldId: string | null | undefined) => (oldId == null ? null : ids.get(`${kind}:${oldId}`)!);
  const at = (value: string | null | undefined, fallback: Date | null = now) =>
    value == null ? fallback : parseInstant(value);
  const millis = (value: string) => parseInstant(value).getTime();
  const e = doc.event;

  const event: EventEntity = {
    id: newId(),
    slug,
    name: e.name,
    timezone: e.timezone,
    startDate: e.startDate,
    endDate: e.endDate,
    venue: e.venue ?? null,
    description: e.description ?? null,
    // interop details (city, day boundary, grid step) are not in the backup format yet
    city: null,
    dayChange: null,
    timeslotMinutes: null,
    status: e.status ?? 'draft',
    version: e.version ?? 1,
    programVersion: e.programVersion ?? 1,
    createdAt: at(e.createdAt)!,
    updatedAt: at(e.updatedAt)!,
  };
  const eventId = event.id;
  const tracks = doc.tracks.map((t) => ({
    id: fresh('track', t.id),
    eventId,
    name: t.name,
    color: t.color ?? null,
    description: t.description ?? null,
    version: t.version ?? 1,
  }));
  const rooms = doc.rooms.map((r) => ({
    id: fresh('room', r.id),
    eventId,
    name: r.name,
    capacity: r.capacity ?? null,
    position: r.position ?? 0,
    externalId: r.externalId ?? null,
    version: r.version ?? 1,
  }));
  const slots = doc.slots.map((s) => ({
    id: fresh('slot', s.id),
    eventId,
    startsAt: at(s.startsAt)!,
    endsAt: at(s.endsAt)!,
    kind: s.kind,
    label: s.label ?? null,
    version: s.version ?? 1,
  }));
  const speakers = doc.speakers.map((s) => ({
    id: fresh('speaker', s.id),
    eventId,
    name: s.name,
    affiliation: s.affiliation ?? null,
    bio: s.bio ?? null,
    email: s.email ?? null,
    availability: s.availability?.map((w) => ({ start: millis(w.startsAt), end: millis(w.endsAt) })) ?? null,
    avatarUrl: null,
    externalId: s.externalId ?? null,
    version: s.version ?? 1,
  }));
  const sessions = doc.sessions.map((s) => restoreSession(s, fresh('session', s.id), eventId, ref, at));
  const sessionSpeakers = doc.sessions.flatMap((s) =>
    (s.speakers ?? []).map((link, index) => ({
      sessionId: ref('session', s.id)!,
      speakerId: ref('speaker', link.speakerId)!,
      role: link.role ?? 'speaker',
      position: link.position ?? index,
    })),
  );
  const presentations = doc.presentations.map((p, index) => ({
    id: fresh('presentation', p.id),
    sessionId: ref('session', p.sessionId)!,
    title: p.title,
    authors: (p.authors ?? []).map((a) => ({
      ...(a.speakerId != null ? { speakerId: ref('speaker', a.speakerId)!, name: a.name } : { name: a.name }),
      ...(a.presenting != null && { presenting: a.presenting }),
    })),
    startsAt: at(p.startsAt)!,
    endsAt: at(p.endsAt)!,
    abstract: p.abstract ?? null,
    position: p.position ?? index,
    boardNumber: null,
    version: p.version ?? 1,
  }));
  const agendas = doc.agendas.map((a) => ({
    id: fresh('agenda', a.id),
    eventId,
    tokenHash: a.tokenHash,
    sessionIds: [...new Set(a.sessionIds.map((id) => ref('session', id)!))],
    version: a.version ?? 1,
    createdAt: at(a.createdAt)!,
    updatedAt: at(a.updatedAt)!,
    lastUsedAt: now, // a restore is a use: the retention period starts afresh
  }));
  return {
    event,
    tracks,
    rooms,
    slots,
    speakers,
    sessions,
    sessionSpeakers,
    presentations,
    agendas,
    placed: placedSessions(sessions, sessionSpeakers),
  };
}

function restoreSession(
  s: BackupSession,
  id: string,
  eventId: string,
  ref: (kind: string, oldId: string | null | undefined) => string | null,
  at: (value: string | null | undefined, fallback?: Date | null) => Date | null,
): Row<SessionEntity> {
  return {
    id,
    eventId,
    numericId: s.numericId ?? null,
    externalId: s.externalId ?? null,
    title: s.title,
    subtitle: s.subtitle ?? null,
    abstract: s.abstract ?? null,
    description: s.description ?? null,
    url: s.url ?? null,
    links: s.links?.map(({ href, title }) => (title != null ? { href, title } : { href })) ?? null,
    type: s.type,
    status: s.status ?? 'confirmed',
    trackId: ref('track', s.trackId),
    roomId: ref('room', s.roomId),
    slotId: ref('slot', s.slotId),
    startsAt: at(s.startsAt, null),
    endsAt: at(s.endsAt, null),
    durationMinutes: s.durationMinutes ?? null,
    language: s.language ?? null,
    expectedAttendance: s.expectedAttendance ?? null,
    pinned: s.pinned ?? false,
    version: s.version ?? 1,
    sequence: s.sequence ?? 0,
    createdAt: at(s.createdAt)!,
    updatedAt: at(s.updatedAt)!,
    deletedAt: at(s.deletedAt, null),
    // details only an imported file carries; not in the backup format yet
    sourceType: null,
    slug: null,
    feedbackUrl: null,
    logo: null,
    attachments: null,
    doNotRecord: null,
  };
}

function placedSessions(sessions: Row<SessionEntity>[], links: Row<SessionSpeakerEntity>[]): PlacedSession[] {
  const speakerIds = new Map<string, string[]>();
  for (const link of links) speakerIds.set(link.sessionId, [...(speakerIds.get(link.sessionId) ?? []), link.speakerId]);
  return sessions
    .filter((s) => !s.deletedAt && s.startsAt && s.endsAt)
    .map((s) => ({
      id: s.id,
      title: s.title,
      status: s.status,
      start: +s.startsAt!,
      end: +s.endsAt!,
      roomId: s.roomId,
      trackId: s.trackId,
      speakerIds: speakerIds.get(s.id) ?? [],
      expectedAttendance: s.expectedAttendance,
    }));
}
