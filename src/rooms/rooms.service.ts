import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { assertNoNulls } from '../common/validation/no-nulls';
import { findInEvent } from '../database/find-in-event';
import { SessionWriter } from '../sessions/session-writer';
import { UnitOfWork } from '../database/unit-of-work';
import { updateVersioned } from '../database/versioned-update';
import { EventsService } from '../events/events.service';
import { AuditTrail } from '../audit/audit-trail.service';
import { CreateRoomDto } from './dto/create-room.dto';
import { RoomResponseDto } from './dto/room-response.dto';
import { UpdateRoomDto } from './dto/update-room.dto';
import { RoomEntity } from './room.entity';
import { mapRoom } from './room.mapper';

@Injectable()
export class RoomsService {
  constructor(
    @InjectRepository(RoomEntity) private readonly rooms: Repository<RoomEntity>,
    private readonly events: EventsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessionWriter: SessionWriter,
    private readonly audit: AuditTrail,
  ) {}

  async list(eventId: string): Promise<RoomResponseDto[]> {
    await this.events.findOrFail(eventId);
    return (await this.rooms.find({ where: { eventId }, order: { position: 'ASC', name: 'ASC' } })).map(mapRoom);
  }

  async get(eventId: string, id: string): Promise<RoomResponseDto> {
    return mapRoom(await findInEvent(this.rooms.manager, RoomEntity, eventId, id, 'room'));
  }

  async create(eventId: string, dto: CreateRoomDto): Promise<RoomResponseDto> {
    return this.unitOfWork.writeForEvent(eventId, async (manager) => {
      await this.events.findOrFail(eventId, manager);
      const room = await manager.save(
        manager.create(RoomEntity, {
          id: randomUUID(),
          eventId,
          name: dto.name,
          capacity: dto.capacity ?? null,
          position: dto.position ?? 0,
          version: 1,
        }),
      );
      const after = mapRoom(room);
      await this.audit.record(manager, { eventId, entityId: room.id, after });
      return after;
    });
  }

  async update(eventId: string, id: string, dto: UpdateRoomDto, version: number | undefined): Promise<RoomResponseDto> {
    assertNoNulls(dto, ['name', 'position']);
    const { version: _v, ...changes } = dto;
    return this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const room = await findInEvent(manager, RoomEntity, eventId, id, 'room');
      await updateVersioned(manager, RoomEntity, room, version, changes, 'room');
      const after = mapRoom(await findInEvent(manager, RoomEntity, eventId, id, 'room'));
      await this.audit.record(manager, { eventId, entityId: id, before: mapRoom(room), after });
      return after;
    });
  }

  async remove(eventId: string, id: string, detach: boolean): Promise<void> {
    await this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const room = await findInEvent(manager, RoomEntity, eventId, id, 'room');
      await this.sessionWriter.detachOrRefuse(manager, eventId, 'roomId', id, detach, 'room');
      await manager.delete(RoomEntity, { id });
      await this.audit.record(manager, { eventId, entityId: id, before: mapRoom(room) });
    });
  }
}
