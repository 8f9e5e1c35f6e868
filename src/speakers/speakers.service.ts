import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { errorBody, InUseException } from '../common/errors';
import { assertNoNulls } from '../common/validation/no-nulls';
import { findInEvent } from '../database/find-in-event';
import { UnitOfWork } from '../database/unit-of-work';
import { updateVersioned } from '../database/versioned-update';
import { EventEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { AuditTrail } from '../audit/audit-trail.service';
import { intervalProblems, toInterval } from '../scheduling/time-rules';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { AvailabilityWindowDto, CreateSpeakerDto } from './dto/create-speaker.dto';
import { SpeakerResponseDto } from './dto/speaker-response.dto';
import { UpdateSpeakerDto } from './dto/update-speaker.dto';
import { AvailabilityWindow, SpeakerEntity } from './speaker.entity';
import { mapSpeaker } from './speaker.mapper';

@Injectable()
export class SpeakersService {
  constructor(
    @InjectRepository(SpeakerEntity) private readonly speakers: Repository<SpeakerEntity>,
    private readonly events: EventsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  /** E-mail addresses only for the event's organizers. */
  async list(eventId: string, withPrivate = true): Promise<SpeakerResponseDto[]> {
    const event = await this.events.findOrFail(eventId);
    const speakers = await this.speakers.find({ where: { eventId }, order: { name: 'ASC' } });
    return speakers.map((speaker) => mapSpeaker(speaker, event.timezone, withPrivate));
  }

  async get(eventId: string, id: string, withPrivate = true): Promise<SpeakerResponseDto> {
    const event = await this.events.findOrFail(eventId);
    return mapSpeaker(
      await findInEvent(this.speakers.manager, SpeakerEntity, eventId, id, 'speaker'),
      event.timezone,
      withPrivate,
    );
  }

  async create(eventId: string, dto: CreateSpeakerDto): Promise<SpeakerResponseDto> {
    return this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const event = await this.events.findOrFail(eventId, manager);
      const speaker = await manager.save(
        manager.create(SpeakerEntity, {
          id: randomUUID(),
          eventId,
          name: dto.name,
          affiliation: dto.affiliation ?? null,
          bio: dto.bio ?? null,
          email: dto.email ?? null,
          availability: toWindows(dto.availability, event),
          version: 1,
        }),
      );
      const after = mapSpeaker(speaker, event.timezone);
      await this.audit.record(manager, { eventId, entityId: speaker.id, after });
      return after;
    });
  }

  async update(
    eventId: string,
    id: string,
    dto: UpdateSpeakerDto,
    version: number | undefined,
  ): Promise<SpeakerResponseDto> {
    assertNoNulls(dto, ['name']);
    const { version: _v, availability, ...changes } = dto;
    return this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const event = await this.events.findOrFail(eventId, manager);
      const speaker = await findInEvent(manager, SpeakerEntity, eventId, id, 'speaker');
      await updateVersioned(
        manager,
        SpeakerEntity,
        speaker,
        version,
        {
          ...changes,
          ...(availability !== undefined && { availability: toWindows(availability, event) }),
        },
        'speaker',
      );
      const after = mapSpeaker(await findInEvent(manager, SpeakerEntity, eventId, id, 'speaker'), event.timezone);
      await this.audit.record(manager, { eventId, entityId: id, before: mapSpeaker(speaker, event.timezone), after });
      return after;
    });
  }

  async remove(eventId: string, id: string, detach: boolean): Promise<void> {
    await this.unitOfWork.writeForEvent(eventId, async (manager) => {
      const speaker = await findInEvent(manager, SpeakerEntity, eventId, id, 'speaker');
      const links = await manager.find(SessionSpeakerEntity, {
        where: { speakerId: id },
        relations: { session: true },
      });
      const sessions = links.map((link) => link.session).filter((session) => !session.deletedAt);
      if (sessions.length && !detach) throw new InUseException(`speaker ${id}`, sessions);
      await manager.delete(SpeakerEntity, { id });
      const { timezone } = await this.events.findOrFail(eventId, manager);
      await this.audit.record(manager, { eventId, entityId: id, before: mapSpeaker(speaker, timezone) });
    });
  }
}

function toWindows(
  windows: AvailabilityWindowDto[] | null | undefined,
  event: EventEntity,
): AvailabilityWindow[] | null {
  if (!windows) return null;
  const problems = windows.flatMap((window, index) =>
    intervalProblems(toInterval(window.startsAt, window.endsAt), event, `availability.${index}.`),
  );
  if (problems.length) throw new BadRequestException(errorBody(400, problems));
  return windows.map((window) => toInterval(window.startsAt, window.endsAt)).sort((a, b) => a.start - b.start);
}
