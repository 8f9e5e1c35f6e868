import { Injectable } from '@nestjs/common';
import { PublicSiteService } from '../public-site/public-site.service';
import { PublishedPrograms } from '../program-read/published-programs.service';
import { ScreenShell } from './room-screen-page';

@Injectable()
export class RoomScreensService {
  constructor(
    private readonly site: PublicSiteService,
    private readonly published: PublishedPrograms,
  ) {}

  /** What a screen's shell names, from the latest published version; null for a draft, an unknown event or room. */
  async shell(slug: string, roomId?: string): Promise<ScreenShell | null> {
    const event = await this.site.publishedEvent(slug);
    if (!event) return null;
    if (roomId === undefined) return { eventId: event.id, eventName: event.name };
    const latest = await this.published.latest(event.id);
    const room = latest?.program.rooms.find((candidate) => candidate.id === roomId.toLowerCase());
    return room ? { eventId: event.id, eventName: event.name, room: { id: room.id, name: room.name } } : null;
  }
}
