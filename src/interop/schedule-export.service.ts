import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { RenderedDocument, renderDocument } from '../common/http/rendered-document';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { EventEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { RoomEntity } from '../rooms/room.entity';
import { SessionEntity } from '../sessions/session.entity';
import { TrackEntity } from '../tracks/track.entity';
import { formatInstant } from '../time/instants';
import { ExportProgram, ExportSession, normalizedUrl, personNumber } from './export-program';
import { writeScheduleJson } from './schedule-json.writer';
import { writeScheduleXml } from './schedule-xml.writer';

export type ScheduleFormat = 'xml' | 'json';

const CONTENT_TYPES: Record<ScheduleFormat, string> = {
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** schedule.xml / schedule.json of published events, built once per program version. */
@Injectable()
export class ScheduleExportService {
  private readonly cache = new Map<string, { programVersion: number; document: RenderedDocument }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
  ) {}

  async render(eventId: string, format: ScheduleFormat): Promise<RenderedDocument> {
    const event = await this.events.findPublished(eventId);
    const key = `${event.id}:${format}`;
    const cached = this.cache.get(key);
    if (cached?.programVersion === event.programVersion) return cached.document;
    const program = await this.program(event, format);
    const text = format === 'xml' ? writeScheduleXml(program) : JSON.stringify(writeScheduleJson(program));
    const document = renderDocument(text, {
      lastModified: event.updatedAt,
      filename: `${event.slug}-schedule.${format}`,
      contentType: CONTENT_TYPES[format],
      cacheControl: 'public, max-age=300',
    });
    this.cache.set(key, { programVersion: event.programVersion, document });
    return document;
  }

  /** The published program as the writers need it: scheduled, not cancelled, names resolved. */
  async program(event: EventEntity, format: ScheduleFormat): Promise<ExportProgram> {
    const manager = this.dataSource.manager;
    const [rooms, tracks, sessions] = await Promise.all([
      manager.find(RoomEntity, { where: { eventId: event.id }, order: { position: 'ASC', name: 'ASC' } }),
      manager.find(TrackEntity, { where: { eventId: event.id }, order: { name: 'ASC' } }),
      manager.find(SessionEntity, {
        where: { eventId: event.id, deletedAt: IsNull() },
        relations: { speakers: { speaker: true }, presentations: true },
      }),
    ]);
    const roomNames = new Map(rooms.map((room) => [room.id, room.name]));
    const trackNames = new Map(tracks.map((track) => [track.id, track.name]));
    const base = this.config.publicBaseUrl;
    return {
      title: event.name,
      slug: event.slug,
      timezone: event.timezone,
      startDate: event.startDate,
      endDate: event.endDate,
      version: String(event.programVersion),
      baseUrl: `${base}/`,
      scheduleUrl: `${base}/api/events/${event.id}/schedule.${format}`,
      tracks: tracks.map((track) => ({ name: track.name, ...(track.color && { color: track.color.toLowerCase() }) })),
      rooms: rooms.map((room) => ({ id: room.id, name: room.name })),
      sessions: sessions
        .filter((session) => session.startsAt && session.endsAt && session.status !== 'cancelled')
        .map((session): ExportSession => ({
          guid: session.externalId && /^[0-9a-f-]{36}$/.test(session.externalId) ? session.externalId : session.id,
          numericId: session.numericId ?? 1,
          title: session.title,
          subtitle: session.subtitle ?? undefined,
          abstract: session.abstract ?? undefined,
          description: describe(session, event.timezone),
          type: session.type,
          language: session.language ?? undefined,
          track: session.trackId ? trackNames.get(session.trackId) : undefined,
          room: session.roomId ? roomNames.get(session.roomId) ?? 'TBA' : 'TBA',
          roomId: session.roomId ?? undefined,
          start: +session.startsAt!,
          end: +session.endsAt!,
          url: normalizedUrl(session.url ?? undefined) ?? `${base}/api/events/${event.id}/sessions/${session.id}`,
          links: (session.links ?? []).flatMap((link) => {
            const href = normalizedUrl(link.href);
            return href ? [{ href, title: link.title }] : [];
          }),
          persons: [...session.speakers].sort((a, b) => a.position - b.position).map((link) => ({
            id: personNumber(link.speaker.externalId, link.speaker.id),
            guid: link.speaker.id,
            name: link.speaker.name,
          })),
        })),
    };
  }
}

/**
 * Presentations of a paper session go into its description, in order with times and authors:
 * frab consumers treat an event as one block of a room (recording, signage), so separate,
 * nested events would look like a double booking.
 */
function describe(session: SessionEntity, timezone: string): string | undefined {
  const presentations = [...session.presentations].sort((a, b) => a.position - b.position);
  if (presentations.length === 0) return session.description ?? undefined;
  const lines = presentations.map((p) => {
    const time = `${formatInstant(p.startsAt, timezone).slice(11, 16)}-${formatInstant(p.endsAt, timezone).slice(11, 16)}`;
    const authors = p.authors.map((author) => author.name).join(', ');
    return `${time} ${p.title}${authors ? ` (${authors})` : ''}`;
  });
  return [session.description, `Presentations:\n${lines.join('\n')}`].filter(Boolean).join('\n\n');
}
