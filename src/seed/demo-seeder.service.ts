import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { ANONYMOUS } from '../auth/principal';
import { EventsService } from '../events/events.service';
import { VersionsService } from '../versions/versions.service';
import { PresentationsService } from '../presentations/presentations.service';
import { RoomsService } from '../rooms/rooms.service';
import { SessionType } from '../sessions/session.entity';
import { SessionsService } from '../sessions/sessions.service';
import { SlotsService } from '../slots/slots.service';
import { SpeakersService } from '../speakers/speakers.service';
import { TracksService } from '../tracks/tracks.service';
import { DEMO_EVENT, DEMO_ROOMS, DEMO_SESSIONS, DEMO_SLOTS, DEMO_SPEAKERS, DEMO_TRACKS } from './demo-program';

/** Loads the demo program through the normal services (so it obeys every rule) into an empty database. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly tracks: TracksService,
    private readonly rooms: RoomsService,
    private readonly slots: SlotsService,
    private readonly speakers: SpeakersService,
    private readonly sessions: SessionsService,
    private readonly presentations: PresentationsService,
    private readonly versions: VersionsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo || (await this.events.list()).length > 0) return;
    const event = await this.seed();
    this.logger.log(`Loaded the demo program "${event.name}" (${event.id})`);
  }

  async seed() {
    const event = await this.events.create(DEMO_EVENT);
    const local = (day: 1 | 2, time: string) =>
      DateTime.fromISO(`${day === 1 ? DEMO_EVENT.startDate : DEMO_EVENT.endDate}T${time}`, {
        zone: DEMO_EVENT.timezone,
      }).toISO()!;
    const ids = new Map<string, string>();
    for (const { key, ...track } of DEMO_TRACKS)
      ids.set(`track:${key}`, (await this.tracks.create(event.id, track)).id);
    for (const [position, { key, ...room }] of DEMO_ROOMS.entries()) {
      ids.set(`room:${key}`, (await this.rooms.create(event.id, { ...room, position })).id);
    }
    for (const slot of DEMO_SLOTS) {
      const created = await this.slots.create(event.id, {
        startsAt: local(slot.day, slot.from),
        endsAt: local(slot.day, slot.to),
        kind: slot.kind,
        label: slot.label,
      });
      ids.set(`slot:${slot.key}`, created.id);
    }
    for (const { key, ...speaker } of DEMO_SPEAKERS)
      ids.set(`speaker:${key}`, (await this.speakers.create(event.id, speaker)).id);
    for (const session of DEMO_SESSIONS) {
      const created = await this.sessions.create(event.id, {
        title: session.title,
        type: session.type as SessionType,
        abstract: session.abstract,
        slotId: ids.get(`slot:${session.slot}`),
        roomId: ids.get(`room:${session.room}`),
        trackId: session.track ? ids.get(`track:${session.track}`) : undefined,
        expectedAttendance: session.expectedAttendance,
        language: 'en',
        speakers: session.speakers.map(([speaker, role]) => ({ speakerId: ids.get(`speaker:${speaker}`)!, role })),
      });
      for (const presentation of session.presentations ?? []) {
        await this.presentations.create(event.id, created.id, {
          title: presentation.title,
          durationMinutes: presentation.minutes,
          authors: presentation.authors.map((author) => ({ speakerId: ids.get(`speaker:${author}`) })),
        });
      }
    }
    await this.versions.publish(event.id, 'Demo', ANONYMOUS);
    return event;
  }
}
