import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, IsNull, Repository } from 'typeorm';
import { calendarPaths } from '../calendar/calendar-paths';
import { feedLinks } from '../calendar/feed-links';
import { errorBody } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { EventEntity } from '../events/event.entity';
import { SessionEntity } from '../sessions/session.entity';
import { Clock } from '../common/clock/clock';
import { ThrottleService } from '../throttle/throttle.service';
import { claimAgendaWrite } from './agenda-limits';
import { AgendaEntity } from './agenda.entity';
import { hashAgendaToken, looksLikeAgendaToken, newAgendaToken } from './agenda-token';
import { AgendaBodyDto, AgendaResponseDto } from './dto/agenda.dto';

const DAY = 86_400_000;

/** One answer for every token that does not open an agenda: malformed, unknown, revoked, unpublished. */
const unknownAgenda = () => new NotFoundException(errorBody(404, 'agenda not found'));

@Injectable()
export class AgendasService {
  constructor(
    @InjectRepository(AgendaEntity) private readonly agendas: Repository<AgendaEntity>,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly throttle: ThrottleService,
    private readonly clock: Clock,
  ) {}

  /** `address`: the client's, for the per-address write limits (omitted by trusted internal callers). */
  async create(eventId: string, dto: AgendaBodyDto, address?: string): Promise<AgendaResponseDto> {
    await this.publishedEvent(eventId, () => new NotFoundException(errorBody(404, `event ${eventId} not found`)));
    const sessionIds = await this.validSessionIds(eventId, dto.sessionIds);
    const now = this.clock.now();
    if (address !== undefined) await claimAgendaWrite(this.throttle, this.config.agendas, 'create', address, now);
    const token = newAgendaToken();
    const agenda = await this.agendas.save(
      this.agendas.create({
        id: randomUUID(),
        eventId,
        tokenHash: hashAgendaToken(token),
        sessionIds,
        version: 1,
        createdAt: now,
        updatedAt: now,
        lastUsedAt: now,
      }),
    );
    return this.toResponse(agenda, token);
  }

  async get(token: string): Promise<AgendaResponseDto> {
    return this.toResponse(await this.findByToken(token), token);
  }

  async replace(token: string, dto: AgendaBodyDto, address?: string): Promise<AgendaResponseDto> {
    const agenda = await this.findByToken(token);
    const sessionIds = await this.validSessionIds(agenda.eventId, dto.sessionIds);
    const now = this.clock.now();
    if (address !== undefined) await claimAgendaWrite(this.throttle, this.config.agendas, 'update', address, now);
    await this.agendas.update(
      { id: agenda.id },
      { sessionIds, version: agenda.version + 1, updatedAt: now, lastUsedAt: now },
    );
    return this.get(token);
  }

  async revoke(token: string): Promise<void> {
    const agenda = await this.findByToken(token);
    await this.agendas.delete({ id: agenda.id });
  }

  /** The agenda behind a token, only while its event is published. */
  async findByToken(token: string): Promise<AgendaEntity> {
    if (!looksLikeAgendaToken(token)) throw unknownAgenda();
    const agenda = await this.agendas.findOneBy({ tokenHash: hashAgendaToken(token) });
    if (!agenda) throw unknownAgenda();
    await this.publishedEvent(agenda.eventId, unknownAgenda);
    await this.markUsed(agenda);
    return agenda;
  }

  /** Deletes agendas nobody has read or written (feed fetches included) for the retention period. */
  async pruneUnused(now: Date): Promise<number> {
    const cutoff = +now - this.config.agendas.retentionDays * DAY;
    const result = await this.agendas
      .createQueryBuilder()
      .delete()
      .where('COALESCE(last_used_at, updated_at) < :cutoff', { cutoff })
      .execute();
    return result.affected ?? 0;
  }

  /** At most one write a day per agenda, however often its feed is fetched. */
  private async markUsed(agenda: AgendaEntity): Promise<void> {
    const now = this.clock.now();
    if (agenda.lastUsedAt && +now - +agenda.lastUsedAt < DAY) return;
    await this.agendas.update({ id: agenda.id }, { lastUsedAt: now });
  }

  private async publishedEvent(eventId: string, notFound: () => NotFoundException): Promise<void> {
    const event = await this.agendas.manager.findOneBy(EventEntity, { id: eventId });
    if (!event || event.status !== 'published') throw notFound();
  }

  private async validSessionIds(eventId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const found = unique.length
      ? await this.agendas.manager.count(SessionEntity, { where: { id: In(unique), eventId, deletedAt: IsNull() } })
      : 0;
    if (found !== unique.length)
      throw new BadRequestException(errorBody(400, 'sessionIds refers to sessions not in this event'));
    return unique;
  }

  private toResponse(agenda: AgendaEntity, token: string): AgendaResponseDto {
    return {
      token,
      eventId: agenda.eventId,
      sessionIds: agenda.sessionIds,
      ...feedLinks(this.config.publicBaseUrl, calendarPaths.agenda(token)),
      version: agenda.version,
    };
  }
}
