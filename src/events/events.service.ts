import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { conflict, errorBody, StaleVersionException } from '../common/errors';
import { assertNoNulls } from '../common/validation/no-nulls';
import { ANONYMOUS, Principal } from '../auth/principal';
import { UnitOfWork } from '../database/unit-of-work';
import { AuditTrail } from '../audit/audit-trail.service';
import { MembersService } from '../members/members.service';
import { updateVersioned } from '../database/versioned-update';
import { SessionEntity } from '../sessions/session.entity';
import { SlotEntity } from '../slots/slot.entity';
import { eventInterval, Interval } from '../time/instants';
import { CreateEventDto } from './dto/create-event.dto';
import { EventResponseDto } from './dto/event-response.dto';
import { UpdateEventDto } from './dto/update-event.dto';
import { EventEntity } from './event.entity';
import { mapEvent, slugify } from './event.mapper';
import { Clock } from '../common/clock/clock';

const MAX_EVENT_DAYS = 60;

@Injectable()
export class EventsService {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    private readonly unitOfWork: UnitOfWork,
    private readonly members: MembersService,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  /** Published events; a signed-in organizer also sees drafts of events they are a member of (admins: all). */
  async list(principal: Principal = ANONYMOUS): Promise<EventResponseDto[]> {
    const events = await this.events.find({ order: { startDate: 'ASC', name: 'ASC' } });
    if (principal.kind !== 'anonymous' && principal.isAdmin && !(principal.kind === 'token' && principal.eventId))
      return events.map(mapEvent);
    const memberOf = new Set(principal.kind === 'anonymous' ? [] : await this.members.eventIdsOf(principal.userId));
    const bound = principal.kind === 'token' ? principal.eventId : null;
    return events
      .filter((event) => event.status === 'published' || (memberOf.has(event.id) && (!bound || bound === event.id)))
      .map(mapEvent);
  }

  async get(eventId: string): Promise<EventResponseDto> {
    return mapEvent(await this.findOrFail(eventId));
  }

  /** The event or a 404; every nested resource goes through here. */
  async findOrFail(eventId: string, manager?: EntityManager): Promise<EventEntity> {
    const event = await (manager?.getRepository(EventEntity) ?? this.events).findOneBy({ id: eventId });
    if (!event) throw new NotFoundException(errorBody(404, `event ${eventId} not found`));
    return event;
  }

  /** Public reads (feeds, exports): a draft is as unknown as a missing event. */
  async findPublished(eventId: string): Promise<EventEntity> {
    const event = await this.events.findOneBy({ id: eventId });
    if (!event || event.status !== 'published')
      throw new NotFoundException(errorBody(404, `event ${eventId} not found`));
    return event;
  }

  async create(dto: CreateEventDto, principal: Principal = ANONYMOUS): Promise<EventResponseDto> {
    assertDateRange(dto.startDate, dto.endDate);
    return this.unitOfWork.transaction(async (manager) => {
      const repository = manager.getRepository(EventEntity);
      const slug = dto.slug ?? (await this.freeSlug(repository, slugify(dto.name)));
      if (dto.slug && (await repository.existsBy({ slug }))) {
        throw conflict('slug_taken', `slug "${slug}" is taken`);
      }
      const now = this.clock.now();
      const event = await repository.save(
        repository.create({
          id: randomUUID(),
          ...dto,
          slug,
          status: dto.status ?? 'draft',
          venue: dto.venue ?? null,
          description: dto.description ?? null,
          version: 1,
          programVersion: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      if (principal.kind !== 'anonymous') await this.members.addOwner(manager, event.id, principal.userId);
      const after = mapEvent(event);
      await this.audit.record(manager, { eventId: event.id, entityId: event.id, after });
      return after;
    });
  }

  async update(eventId: string, dto: UpdateEventDto, version: number | undefined): Promise<EventResponseDto> {
    assertNoNulls(dto, ['name', 'slug', 'timezone', 'startDate', 'endDate', 'status']);
    await this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const event = await this.findOrFail(eventId, manager);
      const { version: _ignored, ...changes } = dto;
      const next = { ...event, ...changes };
      assertDateRange(next.startDate, next.endDate);
      if (
        changes.slug &&
        changes.slug !== event.slug &&
        (await manager.existsBy(EventEntity, { slug: changes.slug }))
      ) {
        throw conflict('slug_taken', `slug "${changes.slug}" is taken`);
      }
      if (next.timezone !== event.timezone || next.startDate !== event.startDate || next.endDate !== event.endDate) {
        await assertProgramFits(manager, eventId, eventInterval(next.startDate, next.endDate, next.timezone));
      }
      await updateVersioned(manager, EventEntity, event, version, { ...changes, updatedAt: this.clock.now() }, 'event');
      // "after" before the program version's bump: the audit ignores that bookkeeping field
      const after = mapEvent(await this.findOrFail(eventId, manager));
      await this.audit.record(manager, { eventId, entityId: eventId, before: mapEvent(event), after });
    });
    return this.get(eventId);
  }

  async remove(eventId: string, version: number | undefined): Promise<void> {
    await this.unitOfWork.transaction(async (manager) => {
      const event = await this.findOrFail(eventId, manager);
      if (version !== undefined && version !== event.version)
        throw new StaleVersionException('event', version, event.version);
      await manager.delete(EventEntity, { id: eventId });
      // the entry outlives the event: it names the event as its record, not as its owner
      await this.audit.record(manager, { eventId: null, entityId: eventId, before: mapEvent(event) });
    });
  }

  private async freeSlug(repository: Repository<EventEntity>, base: string): Promise<string> {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!(await repository.existsBy({ slug: candidate }))) return candidate;
    }
  }
}

function assertDateRange(startDate: string, endDate: string): void {
  if (endDate < startDate) throw new BadRequestException(errorBody(400, 'endDate must not be before startDate'));
  const days = (Date.parse(endDate) - Date.parse(startDate)) / 86_400_000 + 1;
  if (days > MAX_EVENT_DAYS)
    throw new BadRequestException(errorBody(400, `an event may last at most ${MAX_EVENT_DAYS} days`));
}

/** New dates or zone must still hold every scheduled session and slot. */
async function assertProgramFits(manager: EntityManager, eventId: string, bounds: Interval): Promise<void> {
  const outside = (alias: string) =>
    `${alias}.event_id = :eventId AND ${alias}.starts_at IS NOT NULL AND (${alias}.starts_at < :start OR ${alias}.ends_at > :end)`;
  const params = { eventId, start: bounds.start, end: bounds.end };
  const sessions = await manager
    .createQueryBuilder(SessionEntity, 's')
    .where(outside('s'), params)
    .andWhere('s.deleted_at IS NULL')
    .getCount();
  const slots = await manager.createQueryBuilder(SlotEntity, 't').where(outside('t'), params).getCount();
  if (sessions + slots > 0) {
    throw conflict(
      'outside_event_days',
      `${sessions} session(s) and ${slots} slot(s) would lie outside the event's new days`,
    );
  }
}
