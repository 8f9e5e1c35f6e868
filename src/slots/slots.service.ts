import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { assertValidInterval } from '../common/validation/assert-interval';
import { assertNoNulls } from '../common/validation/no-nulls';
import { findInEvent } from '../database/find-in-event';
import { SessionWriter } from '../sessions/session-writer';
import { UnitOfWork } from '../database/unit-of-work';
import { updateVersioned } from '../database/versioned-update';
import { EventsService } from '../events/events.service';
import { AuditTrail } from '../audit/audit-trail.service';
import { toInterval } from '../scheduling/time-rules';
import { formatInstant } from '../time/instants';
import { CreateSlotDto } from './dto/create-slot.dto';
import { SlotResponseDto } from './dto/slot-response.dto';
import { UpdateSlotDto } from './dto/update-slot.dto';
import { SlotEntity } from './slot.entity';
import { mapSlot } from './slot.mapper';

@Injectable()
export class SlotsService {
  constructor(
    @InjectRepository(SlotEntity) private readonly slots: Repository<SlotEntity>,
    private readonly events: EventsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessionWriter: SessionWriter,
    private readonly audit: AuditTrail,
  ) {}

  async list(eventId: string): Promise<SlotResponseDto[]> {
    const event = await this.events.findOrFail(eventId);
    const slots = await this.slots.find({ where: { eventId }, order: { startsAt: 'ASC', kind: 'ASC' } });
    return slots.map((slot) => mapSlot(slot, event.timezone));
  }

  async get(eventId: string, id: string): Promise<SlotResponseDto> {
    const event = await this.events.findOrFail(eventId);
    return mapSlot(await findInEvent(this.slots.manager, SlotEntity, eventId, id, 'slot'), event.timezone);
  }

  async create(eventId: string, dto: CreateSlotDto): Promise<SlotResponseDto> {
    return this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const event = await this.events.findOrFail(eventId, manager);
      const interval = toInterval(dto.startsAt, dto.endsAt);
      assertValidInterval(interval, event);
      const slot = await manager.save(
        manager.create(SlotEntity, {
          id: randomUUID(),
          eventId,
          startsAt: new Date(interval.start),
          endsAt: new Date(interval.end),
          kind: dto.kind,
          label: dto.label ?? null,
          version: 1,
        }),
      );
      const after = mapSlot(slot, event.timezone);
      await this.audit.record(manager, { eventId, entityId: slot.id, after });
      return after;
    });
  }

  async update(eventId: string, id: string, dto: UpdateSlotDto, version: number | undefined): Promise<SlotResponseDto> {
    assertNoNulls(dto, ['startsAt', 'endsAt', 'kind']);
    const { version: _v, startsAt, endsAt, ...changes } = dto;
    return this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const event = await this.events.findOrFail(eventId, manager);
      const slot = await findInEvent(manager, SlotEntity, eventId, id, 'slot');
      const interval = toInterval(
        startsAt ?? formatInstant(slot.startsAt, 'utc'),
        endsAt ?? formatInstant(slot.endsAt, 'utc'),
      );
      assertValidInterval(interval, event);
      await updateVersioned(
        manager,
        SlotEntity,
        slot,
        version,
        {
          ...changes,
          startsAt: new Date(interval.start),
          endsAt: new Date(interval.end),
        },
        'slot',
      );
      const after = mapSlot(await findInEvent(manager, SlotEntity, eventId, id, 'slot'), event.timezone);
      await this.audit.record(manager, { eventId, entityId: id, before: mapSlot(slot, event.timezone), after });
      return after;
    });
  }

  async remove(eventId: string, id: string, detach: boolean): Promise<void> {
    await this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const slot = await findInEvent(manager, SlotEntity, eventId, id, 'slot');
      await this.sessionWriter.detachOrRefuse(manager, eventId, 'slotId', id, detach, 'slot');
      await manager.delete(SlotEntity, { id });
      const { timezone } = await this.events.findOrFail(eventId, manager);
      await this.audit.record(manager, { eventId, entityId: id, before: mapSlot(slot, timezone) });
    });
  }
}
