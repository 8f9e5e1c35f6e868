import { Clock } from '../common/clock/clock';
import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { Page } from '../common/dto/pagination.dto';
import { errorBody, notFound } from '../common/errors';
import { assertValidInterval } from '../common/validation/assert-interval';
import { assertNoNulls } from '../common/validation/no-nulls';
import { assertAllInEvent } from '../database/find-in-event';
import { UnitOfWork } from '../database/unit-of-work';
import { EventEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { AuditTrail } from '../audit/audit-trail.service';
import { loadAuthorBookings } from '../presentations/author-bookings.query';
import { RoomEntity } from '../rooms/room.entity';
import { AuthorBooking, authorBookings, shiftBookings } from '../scheduling/author-bookings';
import { resolvePlacement } from '../scheduling/placement';
import { SoftConflict } from '../scheduling/soft-conflicts';
import { SlotEntity } from '../slots/slot.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { CreateSessionDto, SessionSpeakerDto } from './dto/create-session.dto';
import { ListSessionsQueryDto } from './dto/list-sessions.query.dto';
import { SessionResponseDto } from './dto/session-response.dto';
import { UpdateSessionDto } from './dto/update-session.dto';
import { checkPlacement } from './session-checks';
import { filteredSessions, loadFullSessions, loadSessionWithEvent } from './session-query';
import { mapSession } from './session.mapper';
import { SessionEntity } from './session.entity';
import { SessionWriter } from './session-writer';

type SessionChanges = Omit<UpdateSessionDto, 'version' | 'speakers' | 'startsAt' | 'endsAt'>;

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly events: EventsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessionWriter: SessionWriter,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async list(eventId: string, query: ListSessionsQueryDto): Promise<Page<SessionResponseDto>> {
    const event = await this.events.findOrFail(eventId);
    const page = query.page ?? 1;
    const limit = query.limit ?? 50;
    const qb = filteredSessions(this.sessions.manager, eventId, event.timezone, query);
    const [rows, total] = await qb
      .select(['s.id', 's.startsAt', 's.title'])
      .skip((page - 1) * limit)
      .take(limit)
      .getManyAndCount();
    const sessions = await loadFullSessions(
      this.sessions.manager,
      rows.map((row) => row.id),
    );
    return { items: sessions.map((session) => mapSession(session, event.timezone)), total, page, limit };
  }

  async get(eventId: string, id: string, warnings?: SoftConflict[]): Promise<SessionResponseDto> {
    const event = await this.events.findOrFail(eventId);
    const [session] = await loadFullSessions(this.sessions.manager, [id]);
    if (!session || session.eventId !== eventId || session.deletedAt) throw notFound('session', id);
    const response = mapSession(session, event.timezone);
    return warnings ? { ...response, warnings } : response;
  }

  async create(eventId: string, dto: CreateSessionDto): Promise<SessionResponseDto> {
    return this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const event = await this.events.findOrFail(eventId, manager);
      const { id, warnings } = await this.createWith(manager, event, dto);
      const after = { ...(await this.readFull(manager, event, id)), warnings };
      await this.audit.record(manager, { eventId, entityId: id, after });
      return after;
    });
  }

  async update(
    eventId: string,
    id: string,
    dto: UpdateSessionDto,
    version: number | undefined,
  ): Promise<SessionResponseDto> {
    return this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const found = await loadSessionWithEvent(manager, eventId, id);
      if (!found || found.session.deletedAt) throw notFound('session', id);
      const { event, session: current } = found;
      const before = mapSession(current, event.timezone);
      const { warnings, written } = await this.change(manager, event, current, dto, version);
      // the row as written answers, unless new speakers need their names read
      const after = {
        ...(dto.speakers ? await this.readFull(manager, event, id) : mapSession(written, event.timezone)),
        warnings,
      };
      await this.audit.record(manager, { eventId, entityId: id, before, after });
      return after;
    });
  }

  /** Creates a session inside the caller's write transaction (imports batch many of these). */
  async createWith(
    manager: EntityManager,
    event: EventEntity,
    dto: CreateSessionDto,
  ): Promise<{ id: string; warnings: SoftConflict[] }> {
    const now = this.clock.now();
    const session = manager.create(SessionEntity, {
      id: randomUUID(),
      eventId: event.id,
      numericId: await nextNumericId(manager, event.id),
      title: dto.title,
      type: dto.type,
      status: dto.status ?? 'confirmed',
      pinned: dto.pinned ?? false,
      version: 1,
      sequence: 0,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      subtitle: null,
      abstract: null,
      trackId: null,
      roomId: null,
      slotId: null,
      startsAt: null,
      endsAt: null,
      durationMinutes: null,
      language: null,
      expectedAttendance: null,
    });
    const { changes, warnings } = await this.prepare(manager, event, session, dto, dto.speakers ?? []);
    await this.sessionWriter.insert(manager, { ...session, ...changes }, dto.speakers ?? []);
    return { id: session.id, warnings };
  }

  /** Updates a session inside the caller's write transaction. */
  async updateWith(
    manager: EntityManager,
    event: EventEntity,
    id: string,
    dto: UpdateSessionDto,
    version: number | undefined,
  ): Promise<SoftConflict[]> {
    const session = await this.findLive(manager, event.id, id);
    return (await this.change(manager, event, session, dto, version)).warnings;
  }

  /** `current` with its speakers (and, when loaded, its presentations: then nothing is read again). */
  private async change(
    manager: EntityManager,
    event: EventEntity,
    current: SessionEntity,
    dto: UpdateSessionDto,
    version: number | undefined,
  ): Promise<{ warnings: SoftConflict[]; written: SessionEntity }> {
    assertNoNulls(dto, ['title', 'type', 'status', 'pinned', 'speakers']);
    const speakers = dto.speakers ?? [...current.speakers].sort((a, b) => a.position - b.position);
    const { changes, warnings } = await this.prepare(manager, event, current, dto, speakers);
    const written = await this.sessionWriter.update(manager, current, changes, {
      expectedVersion: version,
      presentations: current.presentations,
    });
    if (dto.speakers) await this.sessionWriter.replaceSpeakers(manager, current.id, dto.speakers);
    return { warnings, written };
  }

  /** Deleting from a published program leaves a tombstone, so calendar feeds can cancel the session. */
  async remove(eventId: string, id: string, version: number | undefined): Promise<void> {
    await this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const event = await this.events.findOrFail(eventId, manager);
      const session = await this.findLive(manager, eventId, id, this.audit.wantsContent);
      const before = this.audit.wantsContent ? mapSession(session, event.timezone) : undefined;
      await this.sessionWriter.remove(manager, event.status === 'published', session, version);
      await this.audit.record(manager, { eventId, entityId: id, before });
    });
  }

  /** With `full`, also each speaker's name and the presentations: what the response (and the audit) shows. */
  private async findLive(manager: EntityManager, eventId: string, id: string, full = false): Promise<SessionEntity> {
    const session = full
      ? (await loadFullSessions(manager, [id]))[0]
      : await manager.findOne(SessionEntity, { where: { id, eventId }, relations: { speakers: true } });
    if (!session || session.eventId !== eventId || session.deletedAt) throw notFound('session', id);
    return session;
  }

  /** The response of a write, read inside its transaction (the audit entry's "after"). */
  private async readFull(manager: EntityManager, event: EventEntity, id: string): Promise<SessionResponseDto> {
    return mapSession(await this.findLive(manager, event.id, id, true), event.timezone);
  }

  /** Validates a write against the event and the rest of the program; throws 400/409, returns warnings. */
  private async prepare(
    manager: EntityManager,
    event: EventEntity,
    current: SessionEntity,
    dto: UpdateSessionDto,
    speakers: Pick<SessionSpeakerDto, 'speakerId'>[],
  ): Promise<{ changes: Partial<SessionEntity>; warnings: SoftConflict[] }> {
    const { version: _v, speakers: newSpeakers, startsAt, endsAt, ...fields } = dto;
    await assertReferences(manager, event.id, fields, newSpeakers ?? []);
    const slot = fields.slotId ? await manager.findOneByOrFail(SlotEntity, { id: fields.slotId }) : null;
    const placement = resolvePlacement(
      {
        start: current.startsAt?.getTime() ?? null,
        end: current.endsAt?.getTime() ?? null,
        durationMinutes: current.durationMinutes,
      },
      {
        startsAt,
        endsAt,
        durationMinutes: fields.durationMinutes,
        slot: slot && { start: +slot.startsAt, end: +slot.endsAt },
      },
    );
    if (Array.isArray(placement)) throw new BadRequestException(errorBody(400, placement));
    const changes: Partial<SessionEntity> = {
      ...fields,
      startsAt: placement.start === null ? null : new Date(placement.start),
      endsAt: placement.end === null ? null : new Date(placement.end),
      durationMinutes: placement.durationMinutes,
      slotId: await keptSlotId(manager, fields.slotId !== undefined ? fields.slotId : current.slotId, placement.start),
    };
    if (placement.start === null || placement.end === null) return { changes, warnings: [] };
    const merged = { ...current, ...changes };
    // an edit of what no rule reads (title, abstract...) costs no conflict work
    if (!reschedules(current, merged, newSpeakers)) return { changes, warnings: [] };
    assertValidInterval({ start: placement.start, end: placement.end }, event);
    // a moved session takes its presentations along (shiftPresentations writes that after the check)
    const ownAuthors = current.startsAt ? await ownAuthorBookings(manager, current) : undefined;
    const delta = current.startsAt ? placement.start - current.startsAt.getTime() : 0;
    const warnings = await checkPlacement(
      manager,
      event.id,
      {
        id: current.id,
        title: merged.title,
        status: merged.status,
        start: placement.start,
        end: placement.end,
        roomId: merged.roomId,
        trackId: merged.trackId,
        expectedAttendance: merged.expectedAttendance,
        speakerIds: speakers.map((speaker) => speaker.speakerId),
        authorBookings: ownAuthors && shiftBookings(ownAuthors, delta),
      },
      event.timezone,
    );
    return { changes, warnings };
  }
}

/** Stable integer ids, one after the other per event; safe because writes to an event are serialized. */
export async function nextNumericId(manager: EntityManager, eventId: string): Promise<number> {
  const row = await manager
    .createQueryBuilder(SessionEntity, 's')
    .select('MAX(s.numeric_id)', 'max')
    .where('s.event_id = :eventId', { eventId })
    .getRawOne<{ max: number | string | null }>();
  return Number(row?.max ?? 0) + 1;
}

async function assertReferences(
  manager: EntityManager,
  eventId: string,
  fields: SessionChanges,
  speakers: Pick<SessionSpeakerDto, 'speakerId'>[],
): Promise<void> {
  const ids = speakers.map((speaker) => speaker.speakerId);
  if (new Set(ids).size !== ids.length)
    throw new BadRequestException(errorBody(400, 'speakers must not list a speaker twice'));
  await assertAllInEvent(manager, SpeakerEntity, eventId, ids, 'speakers');
  if (fields.trackId) await assertAllInEvent(manager, TrackEntity, eventId, [fields.trackId], 'trackId');
  if (fields.roomId) await assertAllInEvent(manager, RoomEntity, eventId, [fields.roomId], 'roomId');
  if (fields.slotId) await assertAllInEvent(manager, SlotEntity, eventId, [fields.slotId], 'slotId');
}

/** A session moved out of its slot (or unscheduled) no longer belongs to that slot. */
async function keptSlotId(
  manager: EntityManager,
  slotId: string | null | undefined,
  start: number | null,
): Promise<string | null> {
  if (!slotId || start === null) return null;
  const slot = await manager.findOneBy(SlotEntity, { id: slotId });
  return slot && +slot.startsAt <= start && start < +slot.endsAt ? slotId : null;
}

/** The linked authors' bookings of the session's presentations, from them when they are loaded. */
async function ownAuthorBookings(manager: EntityManager, session: SessionEntity): Promise<AuthorBooking[] | undefined> {
  if (!session.presentations) return (await loadAuthorBookings(manager, { sessionIds: [session.id] })).get(session.id);
  const bookings = authorBookings(
    [...session.presentations]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({ id: p.id, title: p.title, authors: p.authors, start: +p.startsAt, end: +p.endsAt })),
  );
  return bookings.length ? bookings : undefined;
}

/** Whether a write changes anything a conflict rule reads: time, room, people, status, track or audience. */
function reschedules(
  current: SessionEntity,
  next: Partial<SessionEntity>,
  speakers: Pick<SessionSpeakerDto, 'speakerId'>[] | undefined,
): boolean {
  const people = (ids: string[]) => [...ids].sort().join();
  return (
    !current.startsAt ||
    +current.startsAt !== +next.startsAt! ||
    +current.endsAt! !== +next.endsAt! ||
    (['roomId', 'trackId', 'status', 'expectedAttendance'] as const).some(
      (key) => (next[key] ?? null) !== (current[key] ?? null),
    ) ||
    (speakers !== undefined &&
      people(speakers.map((s) => s.speakerId)) !== people((current.speakers ?? []).map((s) => s.speakerId)))
  );
}
