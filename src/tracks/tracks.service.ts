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
import { CreateTrackDto } from './dto/create-track.dto';
import { TrackResponseDto } from './dto/track-response.dto';
import { UpdateTrackDto } from './dto/update-track.dto';
import { TrackEntity } from './track.entity';
import { mapTrack } from './track.mapper';

@Injectable()
export class TracksService {
  constructor(
    @InjectRepository(TrackEntity) private readonly tracks: Repository<TrackEntity>,
    private readonly events: EventsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessionWriter: SessionWriter,
    private readonly audit: AuditTrail,
  ) {}

  async list(eventId: string): Promise<TrackResponseDto[]> {
    await this.events.findOrFail(eventId);
    return (await this.tracks.find({ where: { eventId }, order: { name: 'ASC' } })).map(mapTrack);
  }

  async get(eventId: string, id: string): Promise<TrackResponseDto> {
    return mapTrack(await findInEvent(this.tracks.manager, TrackEntity, eventId, id, 'track'));
  }

  async create(eventId: string, dto: CreateTrackDto): Promise<TrackResponseDto> {
    return this.unitOfWork.writeForEvent(eventId, async (manager) => {
      await this.events.findOrFail(eventId, manager);
      const track = await manager.save(
        manager.create(TrackEntity, {
          id: randomUUID(),
          eventId,
          name: dto.name,
          color: dto.color ?? null,
          description: dto.description ?? null,
          version: 1,
        }),
      );
      const after = mapTrack(track);
      await this.audit.record(manager, { eventId, entityId: track.id, after });
      return after;
    });
  }

  async update(
    eventId: string,
    id: string,
    dto: UpdateTrackDto,
    version: number | undefined,
  ): Promise<TrackResponseDto> {
    assertNoNulls(dto, ['name']);
    const { version: _v, ...changes } = dto;
    return this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const track = await findInEvent(manager, TrackEntity, eventId, id, 'track');
      await updateVersioned(manager, TrackEntity, track, version, changes, 'track');
      const after = mapTrack(await findInEvent(manager, TrackEntity, eventId, id, 'track'));
      await this.audit.record(manager, { eventId, entityId: id, before: mapTrack(track), after });
      return after;
    });
  }

  async remove(eventId: string, id: string, detach: boolean): Promise<void> {
    await this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const track = await findInEvent(manager, TrackEntity, eventId, id, 'track');
      await this.sessionWriter.detachOrRefuse(manager, eventId, 'trackId', id, detach, 'track');
      await manager.delete(TrackEntity, { id });
      await this.audit.record(manager, { eventId, entityId: id, before: mapTrack(track) });
    });
  }
}
