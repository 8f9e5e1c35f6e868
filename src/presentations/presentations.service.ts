import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, Repository } from 'typeorm';
import { errorBody, notFound } from '../common/errors';
import { assertNoNulls } from '../common/validation/no-nulls';
import { findInEvent } from '../database/find-in-event';
import { UnitOfWork } from '../database/unit-of-work';
import { updateVersioned } from '../database/versioned-update';
import { EventsService } from '../events/events.service';
import { AuditTrail } from '../audit/audit-trail.service';
import { contains } from '../scheduling/intervals';
import { SoftConflict } from '../scheduling/soft-conflicts';
import { SessionEntity } from '../sessions/session.entity';
import { SessionWriter } from '../sessions/session-writer';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { Interval, parseInstant } from '../time/instants';
import { CreatePresentationDto, PresentationAuthorInputDto } from './dto/create-presentation.dto';
import { PresentationResponseDto } from './dto/presentation-response.dto';
import { checkPresentationPeople } from './presentation-checks';
import { UpdatePresentationDto } from './dto/update-presentation.dto';
import { PresentationAuthor, PresentationEntity } from './presentation.entity';
import { mapPresentation } from './presentation.mapper';
import { Clock } from '../common/clock/clock';

const MINUTE = 60_000;

@Injectable()
export class PresentationsService {
  constructor(
    @InjectRepository(PresentationEntity) private readonly presentations: Repository<PresentationEntity>,
    private readonly events: EventsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessionWriter: SessionWriter,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async list(eventId: string, sessionId: string): Promise<PresentationResponseDto[]> {
    const event = await this.events.findOrFail(eventId);
    await liveSession(this.presentations.manager, eventId, sessionId);
    const items = await this.presentations.find({ where: { sessionId }, order: { position: 'ASC' } });
    return items.map((item) => mapPresentation(item, event.timezone));
  }

  async get(eventId: string, sessionId: string, id: string): Promise<PresentationResponseDto> {
    const event = await this.events.findOrFail(eventId);
    await liveSession(this.presentations.manager, eventId, sessionId);
    const presentation = await this.presentations.findOneBy({ id, sessionId });
    if (!presentation) throw notFound('presentation', id);
    return mapPresentation(presentation, event.timezone);
  }

  async create(eventId: string, sessionId: string, dto: CreatePresentationDto): Promise<PresentationResponseDto> {
    return this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const session = await liveSession(manager, eventId, sessionId);
      const siblings = await manager.find(PresentationEntity, { where: { sessionId }, order: { position: 'ASC' } });
      const after = siblings.length ? Math.max(...siblings.map((p) => +p.endsAt)) : +session.startsAt!;
      const interval = presentationInterval(session, dto, after);
      const id = randomUUID();
      const authors = await resolveAuthors(manager, eventId, dto.authors ?? []);
      const event = await this.events.findOrFail(eventId, manager);
      const warnings = await checkPresentationPeople(manager, event, session, {
        id,
        title: dto.title,
        authors,
        startsAt: new Date(interval.start),
        endsAt: new Date(interval.end),
      });
      await manager.insert(PresentationEntity, {
        id,
        sessionId,
        title: dto.title,
        authors,
        startsAt: new Date(interval.start),
        endsAt: new Date(interval.end),
        abstract: dto.abstract ?? null,
        position: siblings.length ? Math.max(...siblings.map((p) => p.position)) + 1 : 0,
        version: 1,
      });
      await this.sessionWriter.touch(manager, sessionId);
      const created = withWarnings(await this.read(manager, sessionId, id, event.timezone), warnings);
      await this.audit.record(manager, { eventId, entityId: id, after: created });
      return created;
    });
  }

  async update(
    eventId: string,
    sessionId: string,
    id: string,
    dto: UpdatePresentationDto,
    version: number | undefined,
  ) {
    assertNoNulls(dto, ['title', 'authors', 'startsAt', 'endsAt', 'durationMinutes']);
    return this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const session = await liveSession(manager, eventId, sessionId);
      const event = await this.events.findOrFail(eventId, manager);
      const current = await manager.findOneBy(PresentationEntity, { id, sessionId });
      if (!current) throw notFound('presentation', id);
      const { version: _v, authors, startsAt, endsAt, durationMinutes, ...fields } = dto;
      const timing =
        startsAt || endsAt || durationMinutes
          ? presentationInterval(
              session,
              {
                startsAt: startsAt ?? new Date(current.startsAt).toISOString(),
                endsAt: endsAt ?? (durationMinutes || startsAt ? undefined : new Date(current.endsAt).toISOString()),
                durationMinutes: durationMinutes ?? Math.round((+current.endsAt - +current.startsAt) / MINUTE),
              },
              +current.startsAt,
            )
          : undefined;
      const resolved = authors && (await resolveAuthors(manager, eventId, authors));
      const warnings = await checkPresentationPeople(manager, event, session, {
        id,
        title: fields.title ?? current.title,
        authors: resolved ?? current.authors,
        startsAt: timing ? new Date(timing.start) : current.startsAt,
        endsAt: timing ? new Date(timing.end) : current.endsAt,
      });
      await updateVersioned(
        manager,
        PresentationEntity,
        current,
        version,
        {
          ...fields,
          ...(resolved && { authors: resolved }),
          ...(timing && { startsAt: new Date(timing.start), endsAt: new Date(timing.end) }),
        },
        'presentation',
      );
      await this.sessionWriter.touch(manager, sessionId);
      const after = withWarnings(await this.read(manager, sessionId, id, event.timezone), warnings);
      await this.audit.record(manager, {
        eventId,
        entityId: id,
        before: mapPresentation(current, event.timezone),
        after,
      });
      return after;
    });
  }

  async remove(eventId: string, sessionId: string, id: string): Promise<void> {
    await this.unitOfWork.writeForEvent(eventId, async (manager) => {
      await liveSession(manager, eventId, sessionId);
      const current = await manager.findOneBy(PresentationEntity, { id, sessionId });
      if (!current) throw notFound('presentation', id);
      await manager.delete(PresentationEntity, { id, sessionId });
      await this.sessionWriter.touch(manager, sessionId);
      const { timezone } = await this.events.findOrFail(eventId, manager);
      await this.audit.record(manager, { eventId, entityId: id, before: mapPresentation(current, timezone) });
    });
  }

  private async read(manager: EntityManager, sessionId: string, id: string, timezone: string) {
    return mapPresentation(await manager.findOneByOrFail(PresentationEntity, { id, sessionId }), timezone);
  }
}

async function liveSession(manager: EntityManager, eventId: string, sessionId: string): Promise<SessionEntity> {
  const session = await findInEvent(manager, SessionEntity, eventId, sessionId, 'session');
  if (session.deletedAt) throw notFound('session', sessionId);
  return session;
}

/** Explicit times, a start plus a length, or just a length appended after the previous presentation. */
function presentationInterval(
  session: SessionEntity,
  input: Pick<CreatePresentationDto, 'startsAt' | 'endsAt' | 'durationMinutes'>,
  appendAfter: number,
): Interval {
  if (!session.startsAt || !session.endsAt) {
    throw new BadRequestException(errorBody(400, 'schedule the session before adding presentations to it'));
  }
  const start = input.startsAt ? parseInstant(input.startsAt).getTime() : appendAfter;
  const end = input.endsAt
    ? parseInstant(input.endsAt).getTime()
    : input.durationMinutes
      ? start + input.durationMinutes * MINUTE
      : NaN;
  if (Number.isNaN(end)) throw new BadRequestException(errorBody(400, 'endsAt or durationMinutes is required'));
  if (end <= start) throw new BadRequestException(errorBody(400, 'endsAt must be after startsAt'));
  if (!contains({ start: +session.startsAt, end: +session.endsAt }, { start, end })) {
    throw new BadRequestException(errorBody(400, 'a presentation must lie inside its session'));
  }
  return { start, end };
}

async function resolveAuthors(
  manager: EntityManager,
  eventId: string,
  authors: PresentationAuthorInputDto[],
): Promise<PresentationAuthor[]> {
  const ids = authors.flatMap((author) => (author.speakerId ? [author.speakerId] : []));
  const speakers = ids.length ? await manager.findBy(SpeakerEntity, { id: In(ids), eventId }) : [];
  const names = new Map(speakers.map((speaker) => [speaker.id, speaker.name]));
  const problems: string[] = [];
  const resolved = authors.map((author, index) => {
    if (author.speakerId && !names.has(author.speakerId))
      problems.push(`authors.${index}.speakerId refers to an unknown speaker`);
    const name = author.name ?? (author.speakerId ? names.get(author.speakerId) : undefined);
    if (!name) problems.push(`authors.${index}.name is required without a speakerId`);
    const presenting = author.presenting === undefined ? {} : { presenting: author.presenting };
    return author.speakerId
      ? { speakerId: author.speakerId, name: name ?? '', ...presenting }
      : { name: name ?? '', ...presenting };
  });
  if (problems.length) throw new BadRequestException(errorBody(400, problems));
  return resolved;
}

function withWarnings(response: PresentationResponseDto, warnings: SoftConflict[]): PresentationResponseDto {
  return warnings.length ? { ...response, warnings } : response;
}
