import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { errorBody } from '../common/errors';
import { EventEntity } from '../events/event.entity';
import { RoomEntity } from '../rooms/room.entity';
import { SlotEntity } from '../slots/slot.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { InsightsResponseDto } from './dto/insights-response.dto';
import { FeedReachRecorder } from './feed-reach/feed-reach.recorder';
import { FeedReachStore } from './feed-reach/feed-reach.store';
import { agendaTotals, sessionInterest } from './interest.queries';
import { buildInsights } from './insights.mapper';

/** Organizer insights: interest from agendas, room fit, feed reach. Counts only, never who. */
@Injectable()
export class InsightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly recorder: FeedReachRecorder,
    private readonly reach: FeedReachStore,
    private readonly clock: Clock,
  ) {}

  async insights(eventId: string, noShowRate?: number): Promise<InsightsResponseDto> {
    await this.recorder.flush(); // so the figures include fetches made seconds ago
    const manager = this.dataSource.manager;
    const event = await manager.findOneBy(EventEntity, { id: eventId });
    if (!event) throw new NotFoundException(errorBody(404, `event ${eventId} not found`));
    const sessions = await sessionInterest(this.dataSource, eventId);
    const rooms = await manager.find(RoomEntity, { where: { eventId }, order: { position: 'ASC', name: 'ASC' } });
    const tracks = await manager.find(TrackEntity, { where: { eventId }, order: { name: 'ASC' } });
    const slots = await manager.find(SlotEntity, { where: { eventId }, order: { startsAt: 'ASC' } });
    const agendas = await agendaTotals(this.dataSource, eventId);
    const reach = await this.reach.forEvent(eventId);
    const speakerIds = [...new Set(reach.filter((row) => row.kind === 'speaker').map((row) => row.feedId))];
    const speakers = speakerIds.length
      ? await manager.find(SpeakerEntity, { select: { id: true, name: true }, where: { eventId, id: In(speakerIds) } })
      : [];
    return buildInsights({
      event,
      sessions,
      rooms: rooms.map(({ id, name, capacity }) => ({ id, name, capacity })),
      tracks: tracks.map(({ id, name }) => ({ id, name })),
      slots: slots.map((slot) => ({
        id: slot.id,
        start: +slot.startsAt,
        end: +slot.endsAt,
        kind: slot.kind,
        label: slot.label,
      })),
      agendas,
      reach,
      speakerNames: new Map(speakers.map((speaker) => [speaker.id, speaker.name])),
      noShowRate: noShowRate ?? this.config.insights.noShowPercent / 100,
      now: this.clock.now(),
    });
  }
}
