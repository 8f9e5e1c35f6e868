import { mapPresentation } from '../presentations/presentation.mapper';
import { PlacedSession } from '../scheduling/placed-session';
import { formatInstant } from '../time/instants';
import { SessionResponseDto } from './dto/session-response.dto';
import { SessionEntity } from './session.entity';

/** Expects `speakers` (with `speaker`) and `presentations` loaded. */
export function mapSession(session: SessionEntity, timezone: string): SessionResponseDto {
  const optional = <K extends keyof SessionEntity>(key: K) => (session[key] != null ? { [key]: session[key] } : {});
  return {
    id: session.id,
    eventId: session.eventId,
    title: session.title,
    ...optional('subtitle'),
    ...optional('abstract'),
    ...optional('description'),
    numericId: session.numericId ?? 0,
    ...optional('externalId'),
    type: session.type,
    status: session.status,
    ...optional('trackId'),
    ...optional('roomId'),
    ...optional('slotId'),
    ...(session.startsAt && { startsAt: formatInstant(session.startsAt, timezone) }),
    ...(session.endsAt && { endsAt: formatInstant(session.endsAt, timezone) }),
    ...optional('durationMinutes'),
    ...optional('language'),
    ...optional('expectedAttendance'),
    pinned: session.pinned,
    ...optional('url'),
    ...(session.links?.length && { links: session.links }),
    ...optional('sourceType'),
    ...optional('slug'),
    ...optional('feedbackUrl'),
    ...optional('logo'),
    ...(session.attachments?.length && { attachments: session.attachments }),
    ...optional('doNotRecord'),
    speakers: [...(session.speakers ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((link) => ({ speakerId: link.speakerId, role: link.role, name: link.speaker?.name ?? '' })),
    presentations: [...(session.presentations ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((presentation) => mapPresentation(presentation, timezone)),
    version: session.version,
    createdAt: formatInstant(session.createdAt, timezone),
    updatedAt: formatInstant(session.updatedAt, timezone),
  };
}

/** The rules' view of a scheduled session; null for backlog sessions. */
export function toPlacedSession(session: SessionEntity): PlacedSession | null {
  if (!session.startsAt || !session.endsAt) return null;
  return {
    id: session.id,
    title: session.title,
    status: session.status,
    start: session.startsAt.getTime(),
    end: session.endsAt.getTime(),
    roomId: session.roomId,
    trackId: session.trackId,
    speakerIds: (session.speakers ?? []).map((link) => link.speakerId),
    expectedAttendance: session.expectedAttendance,
  };
}
