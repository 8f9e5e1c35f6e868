import { notFound } from '../common/errors';
import { Page } from '../common/dto/pagination.dto';
import { ListSessionsQueryDto } from '../sessions/dto/list-sessions.query.dto';
import { SessionResponseDto } from '../sessions/dto/session-response.dto';
import { localDayInterval } from '../time/instants';
import { AgendaProgramDto } from './dto/version-response.dto';
import { PublishedProgram, PublishedSession } from './published-program';
import type { VersionSummary } from './version-summary';

/** A record of the published program, or 404 like the live API. */
export function publishedItem<T extends { id: string }>(items: T[], id: string, label: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw notFound(label, id);
  return item;
}

/** The session as the public API shows it, without calendar bookkeeping. */
export function publicSession(session: PublishedSession): SessionResponseDto {
  const { sequence: _s, lastPublishedChange: _l, ...rest } = session;
  return rest;
}

/** The session list filters of the live API, applied to a published version. */
export function publishedSessionsPage(
  program: PublishedProgram,
  query: ListSessionsQueryDto,
): Page<SessionResponseDto> {
  const day = query.day ? localDayInterval(query.day, program.event.timezone) : undefined;
  const text = query.q?.toLowerCase();
  const matches = program.sessions.filter(
    (session) =>
      (!day || (Date.parse(session.startsAt!) >= day.start && Date.parse(session.startsAt!) < day.end)) &&
      (!query.track || session.trackId === query.track) &&
      (!query.room || session.roomId === query.room) &&
      (!query.type || session.type === query.type) &&
      (!query.status || session.status === query.status) &&
      (!query.speaker || session.speakers.some((speaker) => speaker.speakerId === query.speaker)) &&
      (!text ||
        [session.title, session.subtitle, session.abstract].some((field) => field?.toLowerCase().includes(text))),
  );
  const page = query.page ?? 1;
  const limit = query.limit ?? 50;
  return {
    items: matches.slice((page - 1) * limit, page * limit).map(publicSession),
    total: matches.length,
    page,
    limit,
  };
}

/** The agenda page's document: the published program without calendar bookkeeping or removed sessions. */
export function agendaProgram(program: PublishedProgram, version: VersionSummary): AgendaProgramDto {
  return {
    publishedVersion: version.number,
    publishedAt: version.publishedAt,
    event: program.event,
    rooms: program.rooms,
    tracks: program.tracks,
    slots: program.slots,
    speakers: program.speakers,
    sessions: program.sessions.map(publicSession),
  };
}
